/** Karaf shell commands of the {@code guesthouse:} scope; nothing here is exported. */
package vn.example.guesthouse.command.internal;
