package io.mdecomp.simulator.result;

/**
 * A consumer group: messages published to its topic, consumed and failed after the warm-up, and
 * its lag (messages waiting) at the end, on average and at most.
 */
public record TopicResult(String event, String consumer, long published, long consumed, long failed,
                          long lag, double meanLag, double maxLag) {
}
