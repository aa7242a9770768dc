package io.github.logbuch.theme.view;

/**
 * One language in the language switch.
 *
 * @param translated whether this page exists in that language; if not, {@code url} is that
 *     language's home page
 * @param current whether it is the page's own language
 */
public record SwitchView(
        String code, String name, String url, boolean translated, boolean current) {}
