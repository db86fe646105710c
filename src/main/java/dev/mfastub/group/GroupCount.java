package dev.mfastub.group;

import java.util.UUID;

/**
 * How many users were added to a group directly.
 *
 * @param groupId the group
 * @param users how many
 */
record GroupCount(UUID groupId, long users) {

}
