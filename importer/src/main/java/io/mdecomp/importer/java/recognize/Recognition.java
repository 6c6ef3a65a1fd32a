package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.resolve.CallResolver;
import io.mdecomp.importer.java.resolve.TypeIndex;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the framework rules found in a code base; built once by {@link Recognizer} and only
 * read afterwards.
 *
 * @param index              the declared types
 * @param calls              call resolution
 * @param entities           the entities by type, in rule order
 * @param mappedSuperclasses JPA mapped superclasses (not entities of their own)
 * @param dataAccess         repositories, DAOs and mappers by type
 * @param mappers            MyBatis statements
 * @param tables             tables and their ties to entities
 * @param handlers           request handlers, in file order
 * @param views              views, in file order
 * @param beans              JSF bean names → bean classes
 * @param access             which entities methods read and write
 * @param notUnderstood      frameworks and files met but not read, one line each
 */
public record Recognition(TypeIndex index, CallResolver calls, Map<TypeDecl, EntityFact> entities,
                          Set<TypeDecl> mappedSuperclasses, Map<TypeDecl, DataAccess> dataAccess,
                          MyBatisMappers mappers, TableCatalog tables, List<Handler> handlers, List<ViewFact> views,
                          Map<String, TypeDecl> beans, EntityAccess access, List<String> notUnderstood) {

    public Recognition {
        handlers = List.copyOf(handlers);
        views = List.copyOf(views);
        notUnderstood = List.copyOf(notUnderstood);
    }
}
