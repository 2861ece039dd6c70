package vn.cchc.plan.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request to provision an account (cấp tài khoản) for an officer or leader of a unit.
 *
 * @param username          login name: 3–64 of {@code a-z 0-9 . _ -}
 * @param firstName         given name
 * @param lastName          family name
 * @param email             e-mail address (required: the realm's user profile asks for one, and an account
 *                          without it could not log in until completed)
 * @param unit              org unit code the account belongs to
 * @param role              {@code officer} or {@code leader}; admins may also grant {@code supervisor} and {@code admin}
 * @param password          the initial password, 10–128 characters
 * @param temporaryPassword whether the user must change it at first login (default true)
 */
@Schema(name = "NewAccount", description = "Provision an account for a unit in your subtree")
public record NewAccount(
        @NotNull @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "3–64 lower-case letters, digits, '.', '_' or '-'") String username,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email @Size(max = 200) String email,
        @NotBlank @Size(max = 64) String unit,
        @NotBlank String role,
        @NotNull @Size(min = 10, max = 128) String password,
        Boolean temporaryPassword) {
}
