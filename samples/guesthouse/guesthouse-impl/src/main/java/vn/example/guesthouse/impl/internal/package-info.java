/** The guest-house module's components; nothing here is exported. */
package vn.example.guesthouse.impl.internal;
