/**
 * What every endpoint shares: PingOne error bodies from one place, correlation headers,
 * the request's base URL for links, the JSON dialect and the request size limit.
 */
package dev.mfastub.web;
