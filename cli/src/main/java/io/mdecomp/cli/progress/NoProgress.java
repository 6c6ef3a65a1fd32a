package io.mdecomp.cli.progress;

/** Shows nothing: for redirected stderr, CI, and {@code --no-progress}. */
enum NoProgress implements Progress {
    INSTANCE;

    @Override
    public void stepTo(long done) {
        // nothing to show
    }

    @Override
    public void stepBy(long steps) {
        // nothing to show
    }

    @Override
    public void close() {
        // nothing to clear
    }
}
