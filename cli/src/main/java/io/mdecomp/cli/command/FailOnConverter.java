package io.mdecomp.cli.command;

import io.mdecomp.analysis.check.FailOn;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --fail-on error|warning|note|never}. */
public final class FailOnConverter implements ITypeConverter<FailOn> {

    @Override
    public FailOn convert(String value) {
        return FailOn.parse(value).orElseThrow(() -> new TypeConversionException(
                "unknown level '" + value + "' (known: error, warning, note, never)"));
    }
}
