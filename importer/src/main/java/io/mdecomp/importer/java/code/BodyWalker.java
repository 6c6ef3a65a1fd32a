package io.mdecomp.importer.java.code;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks one method body (or a type's initialisers) and gathers its calls with what they are
 * called on, the types it mentions, its string literals and the outside names it uses. Local
 * variables are known by name for the whole body (shadowing is ignored).
 */
final class BodyWalker extends VoidVisitorAdapter<Void> {

    private final Map<String, Scope> variables = new HashMap<>();
    private final Map<Node, Integer> callIndex = new IdentityHashMap<>();
    private final List<CallSite> calls = new ArrayList<>();
    private final List<TypeRef> mentions = new ArrayList<>();
    private final List<String> strings = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final List<String> returns = new ArrayList<>();

    BodyWalker(List<ParameterDecl> parameters) {
        for (ParameterDecl parameter : parameters) {
            variables.put(parameter.name(), Scope.typed(parameter.type()));
        }
    }

    boolean isEmpty() {
        return calls.isEmpty() && mentions.isEmpty() && strings.isEmpty() && names.isEmpty() && returns.isEmpty();
    }

    MethodDecl method(String name, TypeRef returnType, List<ParameterDecl> parameters, List<AnnotationUse> annotations,
                      boolean isPublic, boolean isStatic, int line) {
        return new MethodDecl(name, returnType, parameters, annotations, isPublic, isStatic, calls, mentions, strings,
                List.copyOf(names), returns, line);
    }

    /**
     * The text of a string literal, or of a {@code +} concatenation with at least one string
     * literal in it (other parts written as {@code ?}).
     */
    static Optional<String> text(Expression expression) {
        if (expression instanceof StringLiteralExpr s) {
            return Optional.of(s.asString());
        }
        if (expression instanceof TextBlockLiteralExpr t) {
            return Optional.of(t.asString());
        }
        if (expression instanceof EnclosedExpr e) {
            return text(e.getInner());
        }
        if (expression instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<String> left = text(b.getLeft());
            Optional<String> right = text(b.getRight());
            if (left.isEmpty() && right.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(left.orElse(" ? ") + right.orElse(" ? "));
        }
        return Optional.empty();
    }

    private static boolean insideConcatenation(Node node) {
        Optional<Node> parent = node.getParentNode();
        while (parent.isPresent() && parent.get() instanceof EnclosedExpr) {
            parent = parent.get().getParentNode();
        }
        return parent.isPresent() && parent.get() instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS;
    }

    private void mention(Type type) {
        if (!type.isVarType() && !type.isUnknownType() && !type.isPrimitiveType() && !type.isVoidType()) {
            mentions.add(Summarizer.type(type));
        }
    }

    /** What an expression is, as a receiver. */
    private Scope scopeOf(Expression expression) {
        if (expression instanceof ThisExpr || expression instanceof SuperExpr) {
            return Scope.SELF;
        }
        if (expression instanceof NameExpr n) {
            String name = n.getNameAsString();
            Scope variable = variables.get(name);
            if (variable != null) {
                return variable;
            }
            return Character.isUpperCase(name.charAt(0)) && !name.equals(name.toUpperCase(java.util.Locale.ROOT))
                    ? Scope.typeName(name) : Scope.field(name);
        }
        if (expression instanceof FieldAccessExpr f) {
            if (f.getScope() instanceof ThisExpr) {
                return Scope.field(f.getNameAsString());
            }
            String text = f.toString();
            return Character.isUpperCase(f.getNameAsString().charAt(0)) && qualifiedName(f.getScope())
                    && !f.getNameAsString().equals(f.getNameAsString().toUpperCase(java.util.Locale.ROOT))
                    ? Scope.typeName(text) : Scope.UNKNOWN;
        }
        if (expression instanceof TypeExpr t) {
            return Scope.typeName(t.getType().asString());
        }
        if (expression instanceof MethodCallExpr || expression instanceof ObjectCreationExpr) {
            Integer index = callIndex.get(expression);
            return index == null ? Scope.UNKNOWN : Scope.call(index);
        }
        if (expression instanceof EnclosedExpr e) {
            return scopeOf(e.getInner());
        }
        if (expression instanceof CastExpr c) {
            return Scope.typed(Summarizer.type(c.getType()));
        }
        return Scope.UNKNOWN;
    }

    private static boolean qualifiedName(Expression expression) {
        return expression instanceof NameExpr
                || expression instanceof FieldAccessExpr f && qualifiedName(f.getScope());
    }

    private List<Argument> arguments(List<Expression> expressions) {
        List<Argument> out = new ArrayList<>(expressions.size());
        for (Expression argument : expressions) {
            Optional<String> classLiteral = argument instanceof ClassExpr c
                    ? Optional.of(Summarizer.type(c.getType()).name()) : Optional.empty();
            Optional<String> name = Optional.empty();
            if (argument instanceof NameExpr n && !variables.containsKey(n.getNameAsString())) {
                name = Optional.of(n.getNameAsString());
            } else if (argument instanceof FieldAccessExpr f && qualifiedName(f.getScope())) {
                name = Optional.of(f.toString());
            }
            out.add(new Argument(scopeOf(argument), text(argument), classLiteral, name));
        }
        return out;
    }

    private void record(Node node, CallSite call) {
        callIndex.put(node, calls.size());
        calls.add(call);
    }

    @Override
    public void visit(ReturnStmt statement, Void arg) {
        super.visit(statement, arg);
        statement.getExpression().ifPresent(this::returned);
    }

    private void returned(Expression expression) {
        if (expression instanceof ConditionalExpr c) {
            returned(c.getThenExpr());
            returned(c.getElseExpr());
        } else if (expression instanceof EnclosedExpr e) {
            returned(e.getInner());
        } else if (expression instanceof NameExpr n && !variables.containsKey(n.getNameAsString())) {
            returns.add("=" + n.getNameAsString());
        } else if (expression instanceof FieldAccessExpr f && qualifiedName(f.getScope())) {
            returns.add("=" + f);
        } else if (expression instanceof MethodCallExpr call
                && call.getScope().map(s -> s instanceof ThisExpr).orElse(true)) {
            returns.add("()" + call.getNameAsString());
        } else {
            text(expression).ifPresent(returns::add);
        }
    }

    @Override
    public void visit(MethodCallExpr call, Void arg) {
        super.visit(call, arg);
        Scope scope = call.getScope().map(this::scopeOf).orElse(Scope.SELF);
        record(call, new CallSite(scope, call.getNameAsString(), arguments(call.getArguments()), Summarizer.line(call)));
    }

    @Override
    public void visit(ObjectCreationExpr creation, Void arg) {
        super.visit(creation, arg);
        mention(creation.getType());
        record(creation, new CallSite(Scope.typed(Summarizer.type(creation.getType())), CallSite.NEW,
                arguments(creation.getArguments()), Summarizer.line(creation)));
    }

    @Override
    public void visit(MethodReferenceExpr reference, Void arg) {
        super.visit(reference, arg);
        String method = reference.getIdentifier().equals("new") ? CallSite.NEW : reference.getIdentifier();
        record(reference, new CallSite(scopeOf(reference.getScope()), method, List.of(), Summarizer.line(reference)));
    }

    @Override
    public void visit(VariableDeclarationExpr declaration, Void arg) {
        super.visit(declaration, arg);
        for (VariableDeclarator variable : declaration.getVariables()) {
            Type type = variable.getType();
            if (type.isVarType()) {
                variables.put(variable.getNameAsString(),
                        variable.getInitializer().map(this::scopeOf).orElse(Scope.UNKNOWN));
            } else {
                mention(type);
                variables.put(variable.getNameAsString(), Scope.typed(Summarizer.type(type)));
            }
        }
    }

    @Override
    public void visit(Parameter parameter, Void arg) {
        super.visit(parameter, arg);
        Type type = parameter.getType();
        variables.put(parameter.getNameAsString(), type.isUnknownType() || type.isVarType() ? Scope.UNKNOWN
                : Scope.typed(Summarizer.type(type)));
        mention(type);
    }

    @Override
    public void visit(CastExpr cast, Void arg) {
        super.visit(cast, arg);
        mention(cast.getType());
    }

    @Override
    public void visit(InstanceOfExpr instanceOf, Void arg) {
        super.visit(instanceOf, arg);
        mention(instanceOf.getType());
    }

    @Override
    public void visit(ClassExpr classExpr, Void arg) {
        super.visit(classExpr, arg);
        mention(classExpr.getType());
    }

    @Override
    public void visit(NameExpr name, Void arg) {
        super.visit(name, arg);
        if (!variables.containsKey(name.getNameAsString())) {
            names.add(name.getNameAsString());
        }
    }

    @Override
    public void visit(FieldAccessExpr access, Void arg) {
        super.visit(access, arg);
        if (access.getScope() instanceof NameExpr scope && Character.isUpperCase(scope.getNameAsString().charAt(0))) {
            names.add(access.toString());
        }
    }

    @Override
    public void visit(StringLiteralExpr literal, Void arg) {
        if (!insideConcatenation(literal)) {
            strings.add(literal.asString());
        }
    }

    @Override
    public void visit(TextBlockLiteralExpr literal, Void arg) {
        if (!insideConcatenation(literal)) {
            strings.add(literal.asString());
        }
    }

    @Override
    public void visit(BinaryExpr binary, Void arg) {
        if (binary.getOperator() == BinaryExpr.Operator.PLUS && !insideConcatenation(binary)) {
            text(binary).ifPresent(strings::add);
        }
        super.visit(binary, arg);
    }
}
