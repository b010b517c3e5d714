/** How the search works inside: analysis, the index's fields and files, queries, highlights, comparisons of texts. */
package rectify.search.internal;
