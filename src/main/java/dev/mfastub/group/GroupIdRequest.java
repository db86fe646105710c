package dev.mfastub.group;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * The body of PingOne's "Add Identity to Group" and "Create Group Nesting": the group to
 * join.
 *
 * @param id the group's id
 */
record GroupIdRequest(@NotNull UUID id) {

}
