package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reclaim.app.register.RegisterBackups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Online backups of the embedded register while the server keeps serving (admin only); {@code
 * reclaim restore} brings one back; PostgreSQL registers use {@code pg_dump} (docs/reliability.md).
 */
@RestController
@RequestMapping("/api/v1/backups")
@Tag(name = "Administration", description = "Accounts, the audit log and backups (admin only)")
class BackupController {
  private final RegisterBackups backups;

  BackupController(RegisterBackups backups) {
    this.backups = backups;
  }

  /**
   * Where a backup went.
   *
   * @param file the zip written on the server
   */
  record BackupView(String file) {}

  @Operation(summary = "Back up the embedded register now, online and consistent")
  @PostMapping
  ResponseEntity<BackupView> backup() {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new BackupView(backups.backupNow().toString()));
  }
}
