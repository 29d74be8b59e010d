package org.reclaim.store.ranking;

import java.util.List;

/**
 * A page of a ranking run's table rows.
 *
 * @param matched how many rows the filter matched (all pages)
 * @param rows this page's rows, in the order asked for
 */
public record RowPage(long matched, List<RankingRepository.Row> rows) {}
