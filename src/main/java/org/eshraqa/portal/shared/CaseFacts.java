package org.eshraqa.portal.shared;

/**
 * What a module tells others about a closed piece of work, so that its rating can be counted in
 * the right places: the service (support requests only), the channel it came by (P-8), the
 * person's region, and the member of staff who handled it. Any part may be unknown (null).
 */
public record CaseFacts(String serviceCode, Channel channel, Region region, Long staffAccountId) {
}
