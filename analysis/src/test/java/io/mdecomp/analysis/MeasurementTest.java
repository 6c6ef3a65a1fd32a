package io.mdecomp.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementTest {

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "ride-hailing", "antipatterns", "monolith"})
    void measuresTheSameMetricsAsTheFullAnalysis(String sample) {
        DomainModel model = ModelReader.read(Path.of("..", "samples", sample, "model.yaml"));
        AnalysisReport report = Analyzer.analyze(model, AnalysisSettings.defaults());
        Measurement measurement = Analyzer.measure(model, AnalysisSettings.defaults());
        assertThat(measurement.services()).isEqualTo(report.services());
        assertThat(measurement.metrics()).isEqualTo(report.metrics());
        assertThat(measurement.entityGraph().edges()).hasSameSizeAs(report.entityGraph().edges());
    }
}
