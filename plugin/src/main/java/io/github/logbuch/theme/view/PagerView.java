package io.github.logbuch.theme.view;

import java.util.List;

/**
 * One page of a list of posts.
 *
 * @param number 1 for the first page
 * @param newerUrl the previous page (newer posts), or null on the first
 * @param olderUrl the next page (older posts), or null on the last
 */
public record PagerView(
        int number, int total, String newerUrl, String olderUrl, List<PostView> posts) {}
