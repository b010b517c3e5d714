/**
 * Finding things across registers and years, headless: full-text {@link rectify.search.Search search}
 * with Apache Lucene (Chinese words and bigrams; filters by kind, year, unit, leader and status;
 * hits by element with the text that matched), the {@link rectify.search.SearchIndexes indexes}
 * beside the registers that follow them, problems found again in later years, and the links a
 * review is missing.
 */
package rectify.search;
