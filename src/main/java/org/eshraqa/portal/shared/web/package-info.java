/**
 * The frame of the pages served as plain HTML (Spring MVC and Thymeleaf) to people who are not
 * signed in: the language of each page, the links between its Arabic and English versions, and
 * the head every page shares. The owning modules write the controllers and templates.
 */
@org.springframework.modulith.NamedInterface("web")
package org.eshraqa.portal.shared.web;
