package org.eshraqa.portal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/**
 * The persistent remember-me tokens of Spring Security, in table {@code remember_me_token}, shared
 * by every node of a cluster: a person whose node is lost is signed in again by another one.
 *
 * <p>Two departures from Spring's {@code JdbcTokenRepositoryImpl}: a row names the account by id
 * (not the e-mail address, which can change and is personal data), and it keeps only the SHA-256
 * hash of the token. {@link PortalRememberMeServices} hashes the presented token before Spring
 * compares it, so the comparison is hash to hash and a copy of the table is of no use for signing in.
 */
@Component
class RememberMeTokens implements PersistentTokenRepository {

    private final JdbcClient jdbc;
    private final Accounts accounts;

    RememberMeTokens(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public void createNewToken(PersistentRememberMeToken token) {
        Account account = accounts.findForSignIn(token.getUsername())
                .orElseThrow(() -> new IllegalStateException("No account to remember"));
        jdbc.sql("insert into remember_me_token (series, account_id, token_hash, last_used) values (?, ?, ?, ?)")
                .params(token.getSeries(), account.id(), hash(token.getTokenValue()), new Timestamp(token.getDate().getTime()))
                .update();
    }

    @Override
    public void updateToken(String series, String tokenValue, Date lastUsed) {
        jdbc.sql("update remember_me_token set token_hash = ?, last_used = ? where series = ?")
                .params(hash(tokenValue), new Timestamp(lastUsed.getTime()), series)
                .update();
    }

    /** The series with the account's current address as user name, its token as a hash; null if unknown. */
    @Override
    public PersistentRememberMeToken getTokenForSeries(String seriesId) {
        return jdbc.sql("""
                        select a.email, t.series, t.token_hash, t.last_used
                        from remember_me_token t join account a on a.id = t.account_id
                        where t.series = ?""")
                .param(seriesId)
                .query((rs, row) -> new PersistentRememberMeToken(rs.getString(1), rs.getString(2),
                        rs.getString(3), new Date(rs.getTimestamp(4).getTime())))
                .optional().orElse(null);
    }

    /** Every series of the account with this address (at sign-out, and when a stolen token is seen). */
    @Override
    public void removeUserTokens(String username) {
        accounts.findForSignIn(username).ifPresent(account -> removeAll(account.id()));
    }

    /** Every series of the account: its devices must sign in with the password again. */
    int removeAll(long accountId) {
        return jdbc.sql("delete from remember_me_token where account_id = ?").param(accountId).update();
    }

    int countFor(long accountId) {
        return jdbc.sql("select count(*) from remember_me_token where account_id = ?").param(accountId)
                .query(Integer.class).single();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
