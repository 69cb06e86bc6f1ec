package org.eshraqa.portal.shared.crypto;

import java.util.List;

/**
 * Every sealed column of the portal, for migration V44_1 and the tests that look for plaintext.
 * An entity that seals a new column adds it here. Names are SQL names.
 */
public final class SealedColumns {

    /** Columns of rows bound to their {@code row} column (the row key, or an id known before insert). */
    public record RowColumns(String table, String idColumn, String rowColumn, List<String> text, List<String> bytes) {
    }

    /** Columns of an ordered collection table, bound to the owner's row key and the line's position. */
    public record LineColumns(String table, String ownerTable, String ownerColumn, List<String> text) {
    }

    public static final String ROW_KEY = "row_key";

    public static final List<RowColumns> ROWS = List.of(
            rowKeyed("support_request", "need_description", "information_requested", "social_study", "decision_reason"),
            rowKeyed("support_request_note", "body"),
            rowKeyed("support_request_message", "body"),
            new RowColumns("support_request_document_content", "document_id", "document_id", List.of(), List.of("content")),
            rowKeyed("volunteer_application", "experience", "motivation", "decision_reason"),
            rowKeyed("volunteer_message", "body"),
            rowKeyed("volunteer_note", "body"),
            new RowColumns("volunteer_document_content", "document_id", "document_id", List.of(), List.of("content")),
            rowKeyed("opportunity_enrolment", "logged_note"),
            rowKeyed("inquiry_message", "body"),
            rowKeyed("contact_log", "outcome", "follow_up_note"),
            rowKeyed("notification", "body"),
            rowKeyed("survey_response", "comment"),
            rowKeyed("survey_invitation", "token_sealed"),
            rowKeyed("data_erasure", "refusal_reason"),
            new RowColumns("survey_follow_up", "response_id", "response_id", List.of("note"), List.of()),
            // Rows of these tables hold no sealed column but own sealed lines.
            rowKeyed("inquiry"));

    public static final List<LineColumns> LINES = List.of(
            new LineColumns("support_request_audit", "support_request", "request_id", List.of("note", "internal_note")),
            new LineColumns("volunteer_application_audit", "volunteer_application", "application_id",
                    List.of("note", "internal_note")),
            new LineColumns("inquiry_history", "inquiry", "inquiry_id", List.of("note")));

    private SealedColumns() {
    }

    private static RowColumns rowKeyed(String table, String... text) {
        return new RowColumns(table, "id", ROW_KEY, List.of(text), List.of());
    }
}
