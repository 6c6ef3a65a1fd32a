package io.mdecomp.model.quantity;

/**
 * Thrown by the {@code parse} methods of quantities and distributions when a text is not a valid
 * value. The message says what was expected; the YAML reader adds the location.
 */
public class QuantityFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public QuantityFormatException(String message) {
        super(message);
    }
}
