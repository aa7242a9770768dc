/**
 * What templates see: read-only records, documented for bloggers who override a template.
 *
 * <p>Every page template gets {@code site} ({@link SiteView}), {@code lang} ({@link LanguageView},
 * the page's language), {@code page} ({@link PageView}: title, URLs, alternates, language switch)
 * and {@code nav} (the pages of the navigation, {@link LinkView}). Then, by template: {@code
 * post.peb} and {@code page.peb} get {@code post} ({@link PostView}) and {@code newer}/{@code
 * older} (a {@link PostView} or null); {@code home.peb} gets {@code pager} ({@link PagerView});
 * {@code tag.peb} gets {@code tag} ({@link TagView}) and {@code pager}; {@code tags.peb} gets
 * {@code tags}; {@code archive.peb} gets {@code years} ({@link YearView}); {@code search.peb} gets
 * {@code search} ({@link SearchView}).
 */
package io.github.logbuch.theme.view;
