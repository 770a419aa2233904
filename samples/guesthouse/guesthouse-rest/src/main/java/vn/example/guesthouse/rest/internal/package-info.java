/** The guest-house module's REST resources under {@code /api/guesthouse}; nothing here is exported. */
package vn.example.guesthouse.rest.internal;
