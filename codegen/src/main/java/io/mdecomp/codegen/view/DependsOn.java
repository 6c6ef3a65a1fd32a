package io.mdecomp.codegen.view;

import io.mdecomp.model.Call;
import io.mdecomp.model.Dependency;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Start-up order for Docker Compose's {@code depends_on}: the synchronous dependencies (sync calls
 * and coarse http/grpc dependencies), without self-loops and without any edge that would close a
 * cycle (Compose refuses cycles). Edges are taken in model order of the caller, callees sorted;
 * an edge is dropped when its callee already reaches its caller.
 */
final class DependsOn {

    private DependsOn() {
    }

    /** For each service (by model position), the names of the services it starts after. */
    static List<List<String>> acyclic(DomainModel model, Map<String, Integer> positions) {
        int n = model.services().size();
        List<TreeSet<String>> wanted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            wanted.add(new TreeSet<>());
        }
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                for (Call call : endpoint.calls()) {
                    if (call.isSync() && !call.service().equals(service.name()) && positions.containsKey(call.service())) {
                        wanted.get(positions.get(service.name())).add(call.service());
                    }
                }
            }
        }
        for (Dependency dependency : model.dependencies()) {
            Integer from = positions.get(dependency.from());
            if (from != null && dependency.isSync() && positions.containsKey(dependency.to())
                    && !dependency.from().equals(dependency.to())) {
                wanted.get(from).add(dependency.to());
            }
        }
        List<List<Integer>> graph = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            graph.add(new ArrayList<>());
        }
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> kept = new ArrayList<>();
            for (String callee : wanted.get(i)) {
                int to = positions.get(callee);
                if (!reaches(graph, to, i)) {
                    graph.get(i).add(to);
                    kept.add(callee);
                }
            }
            result.add(kept);
        }
        return result;
    }

    private static boolean reaches(List<List<Integer>> graph, int from, int to) {
        boolean[] seen = new boolean[graph.size()];
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(from);
        while (!stack.isEmpty()) {
            int v = stack.pop();
            if (v == to) {
                return true;
            }
            if (!seen[v]) {
                seen[v] = true;
                graph.get(v).forEach(stack::push);
            }
        }
        return false;
    }
}
