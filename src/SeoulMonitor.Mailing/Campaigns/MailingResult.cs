using System.Diagnostics.CodeAnalysis;

namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>
/// The outcome of a campaign operation: a value, or a <see cref="MailingError"/> for an expected refusal. The Mailing
/// library's own result type (it never references SeoulMonitor.Core).
/// </summary>
/// <typeparam name="T">The value type on success.</typeparam>
public readonly struct MailingResult<T> : IEquatable<MailingResult<T>>
{
    private readonly T? _value;

    private MailingResult(T? value, MailingError? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The refusal, or <see langword="null"/> on success.</summary>
    public MailingError? Error { get; }

    /// <summary>Whether the operation succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The value. Throws when the operation was refused.</summary>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"The operation was refused ({Error.Code}); there is no value.");

    /// <summary>Creates a successful result.</summary>
    [SuppressMessage("Design", "CA1000", Justification = "The idiomatic factory of a result type.")]
    public static MailingResult<T> Success(T value) => new(value, null);

    /// <summary>Creates a refused result.</summary>
    [SuppressMessage("Design", "CA1000", Justification = "The idiomatic factory of a result type.")]
    public static MailingResult<T> Failure(MailingError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(default, error);
    }

    /// <summary>Wraps a value.</summary>
    public static implicit operator MailingResult<T>(T value) => Success(value);

    /// <summary>Wraps a refusal.</summary>
    public static implicit operator MailingResult<T>(MailingError error) => Failure(error);

    /// <summary>Equality of value and error.</summary>
    public static bool operator ==(MailingResult<T> left, MailingResult<T> right) => left.Equals(right);

    /// <summary>Inequality of value or error.</summary>
    public static bool operator !=(MailingResult<T> left, MailingResult<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(MailingResult<T> other) =>
        EqualityComparer<T?>.Default.Equals(_value, other._value) && Equals(Error, other.Error);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MailingResult<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_value, Error);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"Success({_value})" : $"Failure({Error.Code})";
}
