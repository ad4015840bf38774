using System.Diagnostics.CodeAnalysis;

namespace SeoulMonitor.Core.Common;

/// <summary>The outcome of an operation that either succeeds with a value or is refused with a <see cref="DomainError"/>.</summary>
/// <typeparam name="T">The value type on success.</typeparam>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, DomainError? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The refusal, or <see langword="null"/> on success.</summary>
    public DomainError? Error { get; }

    /// <summary>Whether the operation succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The value. Throws when the operation was refused.</summary>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"The operation was refused ({Error.Code}); there is no value.");

    /// <summary>Creates a successful result.</summary>
    public static Result<T> Success(T value) => new(value, null);

    /// <summary>Creates a refused result.</summary>
    public static Result<T> Failure(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(default, error);
    }

    /// <summary>Projects the value of a success; a refusal passes through unchanged.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        return IsSuccess ? projection(Value) : Result<TOut>.Failure(Error);
    }

    /// <summary>Wraps a value.</summary>
    public static implicit operator Result<T>(T value) => Success(value);

    /// <summary>Wraps a refusal.</summary>
    public static implicit operator Result<T>(DomainError error) => Failure(error);
}
