package org.eshraqa.portal.requests;

import java.nio.charset.StandardCharsets;

/** Small real files of each accepted type, one that only pretends, and two that are bombs. */
public final class Samples {

    private Samples() {
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return pngClaiming(1, 1);
    }

    /** A 1 × 1 JPEG, written by the JDK's encoder. */
    public static byte[] jpeg() {
        try {
            var image = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A PNG of a few dozen bytes whose header claims this size: opened by a viewer, a 50000 ×
     * 50000 one asks for ten gigabytes.
     */
    public static byte[] pngClaiming(int width, int height) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        var header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put(new byte[] {8, 6, 0, 0, 0}).array();
        chunk(out, "IHDR", header);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A small PDF whose one page's content stream inflates to this many bytes of spaces. */
    public static byte[] pdfUnpackingTo(long unpackedBytes) {
        var compressed = new java.io.ByteArrayOutputStream();
        var deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
        try (var zip = new java.util.zip.DeflaterOutputStream(compressed, deflater)) {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long left = unpackedBytes; left > 0; left -= spaces.length) {
                zip.write(spaces, 0, (int) Math.min(left, spaces.length));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
                + "4 0 obj << /Length " + compressed.size() + " /Filter /FlateDecode >>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(compressed.toByteArray());
        out.writeBytes("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
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
        return submittedRequest(requests, serviceCode, fullName, "أحتاج دعمًا نفسيًا لي ولأسرتي");
    }

    /** As {@link #submittedRequest(SupportRequests, String, String)}, with this need described. */
    public static long submittedRequest(SupportRequests requests, String serviceCode, String fullName, String need) {
        long id = requests.startDraft(serviceCode);
        requests.saveDraft(id, applicant(fullName), need);
        requests.catalogue().stream().filter(s -> s.code().equals(serviceCode)).findFirst().orElseThrow()
                .requiredDocuments().forEach(type -> requests.addDocument(id, type, "scan.pdf", pdf()));
        requests.submit(id, new Declaration(true, true, fullName, "2026-11"));
        return id;
    }
}
