package io.mdecomp.codegen.generate;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import io.mdecomp.codegen.pack.PackSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The FreeMarker configuration every pack renders with, locked down so a user's template can
 * only print the view it is given: no class may be instantiated ({@code ?new} resolves nothing),
 * {@code ?api} is off, errors are rethrown (never printed into the output), and output never
 * depends on the machine's locale or time zone. A user's templates are read only from inside
 * its folder ({@link FileTemplateLoader} refuses paths whose canonical form leaves it). Errors an
 * {@code #attempt} block recovers from are not logged here: each rendering reports them as
 * warnings (see {@link Renderer}).
 */
final class FreemarkerFactory {

    private FreemarkerFactory() {
    }

    static GuardedConfiguration configuration(PackSource source) {
        GuardedConfiguration configuration = new GuardedConfiguration();
        configuration.setTemplateLoader(loader(source));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        configuration.setLocalizedLookup(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        // Never to a log: each rendering sets a reporter that keeps these as warnings.
        configuration.setAttemptExceptionReporter((exception, environment) -> { });
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposeFields(false);
        // Record components (and the views' other zero-argument methods) read as properties,
        // `service.name`, without relying on the Java 16 part of FreeMarker's multi-release jar,
        // which a repackaged (shaded) jar without the Multi-Release manifest entry loses.
        wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        // Each method the wrapper exposes is marked accessible (when its module allows), which
        // exposes nothing more: Method.invoke then skips its access check, a walk of the caller's
        // stack on every call, which took 7% of the rendering's CPU.
        wrapper.setMethodAppearanceFineTuner((in, out) -> in.getMethod().trySetAccessible());
        configuration.setObjectWrapper(wrapper.build());
        return configuration;
    }

    private static TemplateLoader loader(PackSource source) {
        if (source instanceof PackSource.Builtin builtin) {
            return new ClassTemplateLoader(FreemarkerFactory.class.getClassLoader(), builtin.resourceFolder());
        }
        PackSource.Directory directory = (PackSource.Directory) source;
        try {
            return new FileTemplateLoader(directory.folder().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
