package io.github.logbuch.theme.view;

/**
 * What {@code search.peb} needs besides the page: where the index and the script are.
 *
 * @param index the URL of the language's index manifest, which the script reads first
 * @param script the URL of the search script, with the language's stemmer built in
 */
public record SearchView(String index, String script) {}
