/**
 * Groups
 * ({@code /v1/environments/{envID}/groups[/{groupID}[/memberOfGroups[/{groupID}]]]}) and
 * users' memberships
 * ({@code /v1/environments/{envID}/users/{userID}/memberOfGroups[/{groupID}]}): PingOne's
 * static, dynamic ({@code userFilter}) and population groups, nesting, and who is in
 * them, which it answers for the users' endpoints too ({@code user.UserGroups}). Tables
 * {@code identity_groups}, {@code group_memberships}, {@code group_nestings}. Depends on
 * {@code user} and {@code population}.
 */
package dev.mfastub.group;
