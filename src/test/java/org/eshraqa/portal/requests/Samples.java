package org.eshraqa.portal.requests;

import java.nio.charset.StandardCharsets;

/** Small real files of each accepted type, and one that only pretends. */
public final class Samples {

    private Samples() {
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89, 0, 0, 0, 0, 'I', 'E',
                'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    }

    public static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1,
                0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};
    }

    /** A script wearing a PDF's name. */
    public static byte[] notAPdf() {
        return "#!/bin/sh\necho pretending\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** A complete applicant (the national ID is a valid test number). */
    public static Applicant applicant() {
        return SupportRequestTest.APPLICANT;
    }

    /** Complete applicant data under this name. */
    public static Applicant applicant(String fullName) {
        Applicant a = SupportRequestTest.APPLICANT;
        return new Applicant(fullName, null, a.nationalId(), a.birthDate(), a.birthCalendar(), a.gender(),
                a.nationality(), a.maritalStatus(), a.region(), a.city(), a.mobile(), a.email(), a.householdMembers(),
                a.incomeBand(), a.employment());
    }

    /**
     * A request the signed-in beneficiary fills in and submits for this service, with every
     * document the service requires; returns its id.
     */
    public static long submittedRequest(SupportRequests requests, String serviceCode, String fullName) {
        long id = requests.startDraft(serviceCode);
        requests.saveDraft(id, applicant(fullName), "أحتاج دعمًا نفسيًا لي ولأسرتي");
        requests.catalogue().stream().filter(s -> s.code().equals(serviceCode)).findFirst().orElseThrow()
                .requiredDocuments().forEach(type -> requests.addDocument(id, type, "scan.pdf", pdf()));
        requests.submit(id, new Declaration(true, true, fullName, "2026-11"));
        return id;
    }
}
