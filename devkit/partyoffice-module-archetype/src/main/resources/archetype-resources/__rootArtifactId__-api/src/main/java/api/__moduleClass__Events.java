package ${package}.api;

/** The EventAdmin topics of the module; each event carries {@code id} and {@code unitId}. */
public final class ${moduleClass}Events {

    public static final String ADDED = "${package.replace('.', '/')}/ADDED";

    private ${moduleClass}Events() {
    }
}
