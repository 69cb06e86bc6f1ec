package org.eshraqa.portal.shared.crypto;

/**
 * For unit tests of entities that seal fields, without an application context: installs the
 * cipher of the process's temporary key, the one every test context on the temporary embedded
 * database uses too, so installing it never disturbs a running context.
 */
public final class TestSealedFields {

    private TestSealedFields() {
    }

    public static void install() {
        SealedFields.install(new FieldCipher(DataKeys.ephemeral()));
    }
}
