package io.mdecomp.cli.render.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.simulator.result.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSeriesChartTest {

    private static TimeSeries series(int buckets) {
        List<TimeSeries.Bucket> list = new ArrayList<>();
        for (int i = 0; i < buckets; i++) {
            list.add(new TimeSeries.Bucket(i * 0.5, 10, 9, 1, i % 7));
        }
        return new TimeSeries(0.5, list);
    }

    @Test
    void keepsUpToTheBarLimitAsItIs() {
        TimeSeries series = series(TimeSeriesChart.MAX_BARS);
        assertThat(TimeSeriesChart.merged(series)).isSameAs(series);
    }

    @Test
    void mergesConsecutiveBucketsPastTheBarLimit() {
        TimeSeries merged = TimeSeriesChart.merged(series(1000));   // 1000 buckets of 0.5 s: 3 per bar, 334 bars
        assertThat(merged.bucketSeconds()).isEqualTo(1.5);
        assertThat(merged.buckets()).hasSize(334);
        assertThat(merged.buckets().get(1)).isEqualTo(new TimeSeries.Bucket(1.5, 30, 27, 3, 5));
        assertThat(merged.buckets().get(333)).isEqualTo(new TimeSeries.Bucket(499.5, 10, 9, 1, 999 % 7));
    }

    @Test
    void drawsABoundedNumberOfBarsForAFineTimeSeries() {
        String svg = TimeSeriesChart.render("t", series(100_000), 50_000, TimeMarks.NONE);
        // 100,000 buckets at 209 per bar (the least that gives at most 480 bars): 479 bars
        assertThat(svg.split("<g class=\"bucket\">", -1)).hasSize(479 + 1);
    }

    @Test
    void breaksThePercentileLineWhereABucketHasNoSuccess() {
        TimeSeries series = new TimeSeries(10, List.of(new TimeSeries.Bucket(0, 5, 5, 0, 10),
                new TimeSeries.Bucket(10, 5, 5, 0, 20), new TimeSeries.Bucket(20, 5, 0, 5, 0),
                new TimeSeries.Bucket(30, 5, 5, 0, 20)));
        String svg = TimeSeriesChart.render("t", series, 40, TimeMarks.NONE);
        // x = 70 + 620 · (bucket middle) / 40; p99 on a 0..20 ms axis from y 280 to 50
        assertThat(svg).contains("<path class=\"p99\" d=\"M 147.5 165.0 L 302.5 50.0 M 612.5 50.0\">");
    }
}
