package io.mdecomp.importer.java.code;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.IntersectionType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import com.github.javaparser.ast.type.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Turns one compilation unit's syntax tree into {@link TypeDecl} summaries. */
final class Summarizer {

    private final String file;
    private final String module;
    private final String packageName;
    private final Imports imports;

    private Summarizer(CompilationUnit unit, String file, String module) {
        this.file = file;
        this.module = module;
        this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        List<String> single = new ArrayList<>();
        List<String> onDemand = new ArrayList<>();
        for (ImportDeclaration declaration : unit.getImports()) {
            if (declaration.isStatic()) {
                continue;
            }
            (declaration.isAsterisk() ? onDemand : single).add(declaration.getNameAsString());
        }
        this.imports = new Imports(single, onDemand);
    }

    /** Every type of {@code unit}, nested ones after their outer type. */
    static List<TypeDecl> summarize(CompilationUnit unit, String file, String module) {
        Summarizer summarizer = new Summarizer(unit, file, module);
        List<TypeDecl> out = new ArrayList<>();
        for (TypeDeclaration<?> type : unit.getTypes()) {
            summarizer.type(type, List.of(), out);
        }
        return out;
    }

    private void type(TypeDeclaration<?> declaration, List<String> outer, List<TypeDecl> out) {
        String name = declaration.getNameAsString();
        Optional<TypeRef> superclass = Optional.empty();
        List<TypeRef> interfaces = new ArrayList<>();
        TypeKind kind;
        if (declaration instanceof ClassOrInterfaceDeclaration c) {
            kind = c.isInterface() ? TypeKind.INTERFACE : TypeKind.CLASS;
            if (c.isInterface()) {
                c.getExtendedTypes().forEach(t -> interfaces.add(type(t)));
            } else {
                superclass = c.getExtendedTypes().getFirst().map(Summarizer::type);
                c.getImplementedTypes().forEach(t -> interfaces.add(type(t)));
            }
        } else if (declaration instanceof EnumDeclaration e) {
            kind = TypeKind.ENUM;
            e.getImplementedTypes().forEach(t -> interfaces.add(type(t)));
        } else if (declaration instanceof RecordDeclaration r) {
            kind = TypeKind.RECORD;
            r.getImplementedTypes().forEach(t -> interfaces.add(type(t)));
        } else if (declaration instanceof AnnotationDeclaration) {
            kind = TypeKind.ANNOTATION;
        } else {
            kind = TypeKind.CLASS;
        }
        List<FieldDecl> fields = new ArrayList<>();
        List<MethodDecl> methods = new ArrayList<>();
        BodyWalker initialisers = new BodyWalker(List.of());
        if (declaration instanceof RecordDeclaration r) {
            for (Parameter component : r.getParameters()) {
                fields.add(new FieldDecl(component.getNameAsString(), type(component.getType()),
                        annotations(component.getAnnotations()), false, false, Optional.empty(), line(component)));
            }
        }
        if (declaration instanceof EnumDeclaration e) {
            e.getEntries().forEach(entry -> entry.getArguments().forEach(a -> a.accept(initialisers, null)));
        }
        List<String> nestedOuter = new ArrayList<>(outer);
        nestedOuter.add(name);
        List<TypeDeclaration<?>> nested = new ArrayList<>();
        for (BodyDeclaration<?> member : declaration.getMembers()) {
            if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    Optional<String> constant = variable.getInitializer().flatMap(BodyWalker::text);
                    variable.getInitializer().ifPresent(init -> init.accept(initialisers, null));
                    fields.add(new FieldDecl(variable.getNameAsString(), type(variable.getType()),
                            annotations(field.getAnnotations()), field.isStatic(),
                            field.hasModifier(Modifier.Keyword.TRANSIENT), constant, line(variable)));
                }
            } else if (member instanceof InitializerDeclaration initializer) {
                initializer.getBody().accept(initialisers, null);
            } else if (member instanceof MethodDeclaration method) {
                boolean isPublic = method.isPublic() || kind == TypeKind.INTERFACE && !method.isPrivate();
                methods.add(method(method, method.getNameAsString(), type(method.getType()), isPublic,
                        method.isStatic(), method.getBody().map(b -> (Node) b)));
            } else if (member instanceof ConstructorDeclaration constructor) {
                methods.add(method(constructor, MethodDecl.CONSTRUCTOR, TypeRef.VOID, constructor.isPublic(), false,
                        Optional.of(constructor.getBody())));
            } else if (member instanceof TypeDeclaration<?> inner) {
                nested.add(inner);
            }
        }
        if (!initialisers.isEmpty()) {
            methods.add(initialisers.method(MethodDecl.FIELDS, TypeRef.VOID, List.of(), List.of(), false, true,
                    line(declaration)));
        }
        int line = declaration.getName().getBegin().map(p -> p.line).orElse(line(declaration));
        out.add(new TypeDecl(name, packageName, outer, kind, annotations(declaration.getAnnotations()), superclass,
                interfaces, fields, methods, imports, file, module, line));
        for (TypeDeclaration<?> inner : nested) {
            type(inner, nestedOuter, out);
        }
    }

    private MethodDecl method(CallableDeclaration<?> callable, String name, TypeRef returnType, boolean isPublic,
                              boolean isStatic, Optional<Node> body) {
        List<ParameterDecl> parameters = new ArrayList<>();
        for (Parameter parameter : callable.getParameters()) {
            parameters.add(new ParameterDecl(parameter.getNameAsString(), type(parameter.getType()),
                    annotations(parameter.getAnnotations())));
        }
        BodyWalker walker = new BodyWalker(parameters);
        body.ifPresent(b -> b.accept(walker, null));
        int line = callable.getName().getBegin().map(p -> p.line).orElse(line(callable));
        return walker.method(name, returnType, parameters, annotations(callable.getAnnotations()), isPublic, isStatic,
                line);
    }

    static int line(Node node) {
        return node.getBegin().map(p -> p.line).orElse(0);
    }

    /** A syntax-tree type as written. */
    static TypeRef type(Type type) {
        if (type instanceof ClassOrInterfaceType c) {
            List<TypeRef> arguments = new ArrayList<>();
            c.getTypeArguments().ifPresent(args -> {
                for (Type argument : args) {
                    if (argument instanceof WildcardType w) {
                        w.getExtendedType().or(w::getSuperType).ifPresent(bound -> arguments.add(type(bound)));
                    } else {
                        arguments.add(type(argument));
                    }
                }
            });
            return new TypeRef(c.getNameWithScope(), arguments, 0);
        }
        if (type instanceof ArrayType a) {
            TypeRef element = type(a.getElementType());
            return new TypeRef(element.name(), element.arguments(), a.getArrayLevel());
        }
        if (type instanceof UnionType u && u.getElements().isNonEmpty()) {
            return type(u.getElements().get(0));
        }
        if (type instanceof IntersectionType i && i.getElements().isNonEmpty()) {
            return type(i.getElements().get(0));
        }
        return TypeRef.of(type.asString());
    }

    static List<AnnotationUse> annotations(NodeList<AnnotationExpr> annotations) {
        List<AnnotationUse> out = new ArrayList<>(annotations.size());
        for (AnnotationExpr annotation : annotations) {
            TreeMap<String, List<String>> values = new TreeMap<>();
            if (annotation instanceof SingleMemberAnnotationExpr single) {
                values.put("value", values(single.getMemberValue()));
            } else if (annotation instanceof NormalAnnotationExpr normal) {
                for (MemberValuePair pair : normal.getPairs()) {
                    values.put(pair.getNameAsString(), values(pair.getValue()));
                }
            } else if (!(annotation instanceof MarkerAnnotationExpr)) {
                continue;
            }
            out.add(new AnnotationUse(annotation.getNameAsString(), values, line(annotation)));
        }
        return out;
    }

    private static List<String> values(Expression value) {
        List<String> out = new ArrayList<>();
        if (value.isArrayInitializerExpr()) {
            for (Expression element : value.asArrayInitializerExpr().getValues()) {
                out.addAll(values(element));
            }
        } else {
            Optional<String> text = BodyWalker.text(value);
            out.add(text.orElseGet(() -> "=" + value));
        }
        return out;
    }
}
