package io.mdecomp.cli.progress;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar (me.tongfei:progressbar) redrawn in place on the given stderr writer. */
final class BarProgress implements Progress {

    private final ProgressBar bar;
    private final StderrConsumer consumer;

    BarProgress(String task, long total, PrintWriter err, int columns) {
        this.consumer = new StderrConsumer(err, columns);
        this.bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .clearDisplayOnFinish()
                .setConsumer(consumer)
                .build();
    }

    @Override
    public void stepTo(long done) {
        bar.stepTo(done);
    }

    @Override
    public void stepBy(long steps) {
        bar.stepBy(steps);
    }

    @Override
    public void close() {
        bar.close();
        // The library may draw a last frame while closing; leave the line empty for what follows.
        consumer.clear();
    }

    /** Draws each rendering over the previous one with a carriage return. */
    private static final class StderrConsumer implements ProgressBarConsumer {
        private final PrintWriter err;
        private final int columns;

        StderrConsumer(PrintWriter err, int columns) {
            this.err = err;
            this.columns = columns;
        }

        @Override
        public int getMaxRenderedLength() {
            return columns - 1;
        }

        @Override
        public void accept(String rendered) {
            synchronized (err) {
                err.print('\r');
                err.print(rendered);
                err.flush();
            }
        }

        @Override
        public void clear() {
            synchronized (err) {
                err.print('\r');
                err.print(" ".repeat(columns - 1));
                err.print('\r');
                err.flush();
            }
        }

        @Override
        public void close() {
            err.flush();
        }
    }
}
