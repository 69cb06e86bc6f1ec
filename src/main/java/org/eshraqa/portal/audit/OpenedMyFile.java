package org.eshraqa.portal.audit;

import java.time.Instant;
import org.eshraqa.portal.identity.Role;

/** One opening of a person's file as the person sees it; {@code staffName} is null unless names are shown. */
public record OpenedMyFile(Instant openedAt, Role staffRole, String staffName, RecordKind kind, String recordLabel) {
}
