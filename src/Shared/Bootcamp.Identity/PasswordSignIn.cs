using System.Collections.Concurrent;
using Bootcamp.Identity.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Bootcamp.Identity;

public enum SignInOutcome
{
    SignedIn,
    Refused,
    TooManyAttempts,

    /// <summary>The password was right and the account has two-factor sign-in: the second step comes next.</summary>
    RequiresTwoFactor,
}

/// <summary>
/// Signing in with an email and a password, so that nobody can tell from the answer, or from how long it takes, whether
/// an account exists (decisions/0012). The answer depends only on the failures counted for the email as typed, which
/// <see cref="SignInThrottle"/> counts alike for accounts and for addresses nobody has; an unknown email, or an account
/// Identity has locked, costs one password hash like a wrong password does. Identity's lockout keeps counting for real
/// accounts, in the database and so across instances: a locked account stays shut even against the right password,
/// and says no more than "wrong email or password" until the throttle says "too many attempts".
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<BootcampUser> signIn, UserManager<BootcampUser> users, IPasswordHasher<BootcampUser> hasher, SignInThrottle throttle,
    AccountAudit audit, TimeProvider clock)
{
    private static readonly BootcampUser Nobody = new() { Id = Guid.Empty, UserName = "nobody" };
    private static string? _nobodysHash;

    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember)
    {
        ArgumentNullException.ThrowIfNull(email);
        var typed = users.NormalizeEmail(email.Trim());
        if (throttle.IsBlocked(typed))
        {
            return SignInOutcome.TooManyAttempts;
        }

        var user = await users.FindByNameAsync(email.Trim());
        if (user is null || await users.IsLockedOutAsync(user) || !user.IsActive || user.PasswordHash is null)
        {
            // Identity would check no password here: hash one anyway, so this answer takes as long as a wrong password's.
            hasher.VerifyHashedPassword(Nobody, _nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString()), password);
        }
        else
        {
            var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                await SignedInAsync(user);
                return SignInOutcome.SignedIn;
            }

            if (result.RequiresTwoFactor)
            {
                // The password is right; the throttle is cleared only once the second step succeeds.
                return SignInOutcome.RequiresTwoFactor;
            }
        }

        if (user is not null)
        {
            await audit.RecordAsync(AccountActions.SignInFailed, null, user.Id);
        }

        return throttle.Failed(typed) ? SignInOutcome.TooManyAttempts : SignInOutcome.Refused;
    }

    /// <summary>Completes a sign-in (after the password alone, or after the second step): recorded and dated.</summary>
    public async Task SignedInAsync(BootcampUser user, string? how = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        throttle.Succeeded(users.NormalizeEmail(user.Email ?? user.UserName ?? ""));
        user.LastSignInAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
        await audit.RecordAsync(AccountActions.SignedIn, user.Id, user.Id, how);
    }
}

/// <summary>
/// Failed sign-ins per email as typed (normalised), whether or not an account has it: past Identity's
/// <c>MaxFailedAccessAttempts</c> within its lockout span, every attempt with that email is refused for that span
/// without looking at the password. In memory, per instance, and bounded: an entry lasts one span at most, and when the
/// table is full of live entries a new email is not tracked (Identity's lockout still guards real accounts).
/// </summary>
public sealed class SignInThrottle(TimeProvider clock, IOptions<IdentityOptions> identity)
{
    internal const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How many emails are counted now.</summary>
    internal int Tracked => _failures.Count;

    private int Limit => Math.Max(1, identity.Value.Lockout.MaxFailedAccessAttempts);

    private TimeSpan Span => identity.Value.Lockout.DefaultLockoutTimeSpan;

    public bool IsBlocked(string email) => Live(email) is { BlockedUntil: { } until } && until > clock.GetUtcNow();

    /// <summary>Counts a failure; true when the email is now blocked.</summary>
    public bool Failed(string email)
    {
        var now = clock.GetUtcNow();
        if (!_failures.ContainsKey(email) && _failures.Count >= MaxTracked && !Prune(now))
        {
            return 1 >= Limit;
        }

        var failures = _failures.AddOrUpdate(
            email,
            _ => Next(null, now),
            (_, existing) => Next(IsLive(existing, now) ? existing : null, now));
        return failures.BlockedUntil is not null;
    }

    public void Succeeded(string email) => _failures.TryRemove(email, out _);

    private Failures Next(Failures? current, DateTimeOffset now)
    {
        var count = (current?.Count ?? 0) + 1;
        return new Failures(count, current?.Since ?? now, count >= Limit ? now + Span : null);
    }

    private Failures? Live(string email) =>
        _failures.TryGetValue(email, out var failures) && IsLive(failures, clock.GetUtcNow()) ? failures : null;

    /// <summary>Failures count within one span from the first; a block lasts one span from the failure that set it.</summary>
    private bool IsLive(Failures failures, DateTimeOffset now) =>
        failures.BlockedUntil is { } until ? until > now : now - failures.Since < Span;

    /// <summary>Drops what has lapsed; false when the table is still full.</summary>
    private bool Prune(DateTimeOffset now)
    {
        foreach (var (email, failures) in _failures)
        {
            if (!IsLive(failures, now))
            {
                _failures.TryRemove(email, out _);
            }
        }

        return _failures.Count < MaxTracked;
    }

    private sealed record Failures(int Count, DateTimeOffset Since, DateTimeOffset? BlockedUntil);
}
