/**
 * The documents module: registers of outgoing and incoming documents with Party numbering
 * ({@code 57-NQ/TU}), drafting with versions and review, submission, signing (digital through the
 * signatures module when it is installed, or on paper with a scan), promulgation with an official
 * number, distribution to recipient units, confidentiality and urgency, and the tasks documents
 * assign.
 *
 * <p>Every read through these services applies the reader's clearance: a document classified above
 * it is never returned, counted or found, and every read of a classified document is audited.
 *
 * <p>1.1 (additions only): {@link org.partyoffice.documents.api.DocumentService#searchAvailable()},
 * {@link org.partyoffice.documents.api.DocumentService#openFile(long, int)} with
 * {@link org.partyoffice.documents.api.OpenedFile}, bounded search totals
 * ({@link org.partyoffice.documents.api.SearchPage#totalExact()}; the 1.0 constructor is kept and
 * means exact), and pages with totals of the incoming register
 * ({@link org.partyoffice.documents.api.IncomingService#page}) and of tasks
 * ({@link org.partyoffice.documents.api.TaskService#page}).
 *
 * <p>1.2 (additions only): Congress registers ({@link org.partyoffice.documents.api.CongressRegister},
 * {@link org.partyoffice.documents.api.RegisterService#congresses}): all documents of a Congress
 * share one sequence from the preparatory session to the closing; and
 * {@link org.partyoffice.documents.api.DocumentService#promulgateWith} with a {@link org.partyoffice.documents.api.Promulgation} for Congress and joint documents (a joint
 * document takes the lead body's number).
 */
@Export
@Version("1.2.0")
package org.partyoffice.documents.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
