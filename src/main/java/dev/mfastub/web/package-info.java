/**
 * What every endpoint shares: PingOne error bodies from one place, correlation headers,
 * the request's base URL for links, the path's environment parsed once, the JSON dialect,
 * the servlet filters that guard every path, and the only code that touches request
 * attributes ({@link dev.mfastub.web.RequestMemo}).
 */
package dev.mfastub.web;
