package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.MethodDecl;
import io.mdecomp.importer.java.code.ParameterDecl;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.code.TypeRef;
import io.mdecomp.importer.java.resolve.TypeIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The classes that travel as messages: what a web socket's encoders and decoders convert
 * ({@code Encoder.Text<M>}, {@code Decoder.Binary<M>}), what web-socket and messaging handlers take
 * and return ({@code @OnMessage}, Spring's {@code @MessageMapping}, {@code @SubscribeMapping},
 * {@code @JmsListener}, {@code @KafkaListener}, {@code @RabbitListener}, MicroProfile's
 * {@code @Incoming}/{@code @Outgoing}). They hold data but are not the domain's entities, so the
 * structural entity rules (a data class a data access method takes, a data class beside entities)
 * pass them by; an explicit mapping ({@code @Entity}, a MyBatis result type) still makes one an entity.
 */
final class MessagePayloads {

    private static final List<String> WEB_SOCKET = List.of("javax.websocket", "jakarta.websocket");
    private static final List<String> MESSAGING = List.of("javax.websocket", "jakarta.websocket",
            "org.springframework", "org.eclipse.microprofile.reactive.messaging", "io.smallrye.reactive.messaging");
    private static final Set<String> CODECS = Set.of("Encoder", "Decoder");
    private static final Set<String> HANDLERS = Set.of("OnMessage", "MessageMapping", "SubscribeMapping", "SendTo",
            "JmsListener", "KafkaListener", "KafkaHandler", "RabbitListener", "RabbitHandler", "Incoming", "Outgoing");

    private MessagePayloads() {
    }

    /** The source types that are message payloads, in the order found. */
    static Set<TypeDecl> find(TypeIndex index, Frameworks frameworks) {
        Set<TypeDecl> payloads = new LinkedHashSet<>();
        for (TypeDecl type : index.types()) {
            for (TypeIndex.ExternalSupertype external : index.externalSupertypes(type)) {
                String written = external.ref().name();
                String outer = written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
                if (CODECS.contains(outer) && frameworks.belongs(outer, external.declaredIn(), WEB_SOCKET)) {
                    external.ref().arguments().forEach(a -> declared(index, a, external.declaredIn(), payloads));
                }
            }
            for (MethodDecl method : type.methods()) {
                if (frameworks.hasAny(method, type, HANDLERS, MESSAGING)) {
                    declared(index, method.returnType(), type, payloads);
                    for (ParameterDecl parameter : method.parameters()) {
                        declared(index, parameter.type(), type, payloads);
                    }
                }
            }
        }
        return payloads;
    }

    private static void declared(TypeIndex index, TypeRef ref, TypeDecl context, Set<TypeDecl> out) {
        index.resolve(ref, context).ifPresent(out::add);
        for (TypeRef argument : ref.arguments()) {
            declared(index, argument, context, out);
        }
    }
}
