package io.mdecomp.simulator.engine;

import io.mdecomp.model.diagnostic.MdecompException;

/**
 * A run reached its limit on total events before its end time. A user error (exit 2): the
 * message says where it stopped and which setting to raise.
 */
public final class SimulationLimitException extends MdecompException {

    private static final long serialVersionUID = 1L;

    public SimulationLimitException(String message) {
        super(message);
    }
}
