package io.github.logbuch.theme.view;

import java.util.List;

/** The archive's posts of one year, newest first. */
public record YearView(int year, List<PostView> posts) {}
