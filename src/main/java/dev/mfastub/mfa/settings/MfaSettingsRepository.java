package dev.mfastub.mfa.settings;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MfaSettingsRepository extends JpaRepository<MfaSettings, UUID> {

}
