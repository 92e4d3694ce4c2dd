using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Omnidesk.Chat.Client.Tests.Shared;

/// <summary>
/// Lists the public surface of an assembly as stable, sorted text: every public type (with its kind, modifiers,
/// base type and public interfaces) and under it every public or protected member with its full signature,
/// nullability annotations, <c>required</c>/<c>init</c>, default parameter values and constant values.
/// Shared by the public-API approval tests of every package (linked into each test project).
/// </summary>
internal static class PublicApiLister
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string List(Assembly assembly)
    {
        var text = new StringBuilder();
        var types = assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in types)
        {
            text.Append(TypeLine(type)).Append('\n');
            foreach (var (_, line) in MemberLines(type).OrderBy(member => member.Name, StringComparer.Ordinal).ThenBy(member => member.Line, StringComparer.Ordinal))
            {
                text.Append("  ").Append(line).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string TypeLine(Type type)
    {
        var line = new StringBuilder("public ");
        if (type.IsInterface)
        {
            line.Append("interface ");
        }
        else if (type.IsEnum)
        {
            line.Append("enum ");
        }
        else if (type.IsValueType)
        {
            line.Append(type.IsDefined(typeof(IsReadOnlyAttribute), false) ? "readonly struct " : "struct ");
        }
        else if (typeof(Delegate).IsAssignableFrom(type))
        {
            line.Append("delegate ");
        }
        else
        {
            line.Append(type is { IsAbstract: true, IsSealed: true } ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty);
            line.Append(IsRecord(type) ? "record " : "class ");
        }

        line.Append(TypeName(type, null));
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum) && !typeof(Delegate).IsAssignableFrom(type))
        {
            bases.Add(TypeName(baseType, null));
        }

        if (type.IsEnum)
        {
            bases.Add(TypeName(Enum.GetUnderlyingType(type), null));
        }

        bases.AddRange(type.GetInterfaces()
            .Where(i => i.IsPublic || i.IsNestedPublic)
            .Where(i => type.BaseType is null || !i.IsAssignableFrom(type.BaseType))
            .Select(i => TypeName(i, null))
            .Where(name => !name.StartsWith("System.IEquatable<", StringComparison.Ordinal) || !IsRecord(type))
            .OrderBy(name => name, StringComparer.Ordinal));
        if (bases.Count > 0)
        {
            line.Append(" : ").AppendJoin(", ", bases);
        }

        return line.ToString();
    }

    /// <summary>The members as (name to sort by, line); members the compiler made for records are left out.</summary>
    private static IEnumerable<(string Name, string Line)> MemberLines(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return (string.Empty, $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}");
            }

            yield break;
        }

        var context = new NullabilityInfoContext();
        foreach (var member in type.GetMembers(Declared))
        {
            if (!IsVisible(member) || member.Name.StartsWith('<') || member.IsDefined(typeof(CompilerGeneratedAttribute), false))
            {
                continue;
            }

            switch (member)
            {
                case ConstructorInfo constructor when !(type.IsValueType && constructor.GetParameters().Length == 0):
                    yield return (string.Empty, $"{Access(constructor)}{(constructor.IsStatic ? "static " : string.Empty)}{type.Name.Split('`')[0]}({Parameters(constructor, context)})");
                    break;
                case MethodInfo method when !method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal):
                    yield return (method.Name, Method(method, context));
                    break;
                case PropertyInfo property:
                    yield return (property.Name, Property(property, context));
                    break;
                case FieldInfo field when !field.IsSpecialName:
                    yield return (field.Name, Field(field, context));
                    break;
                case EventInfo @event:
                    yield return (@event.Name, $"{Access(@event.AddMethod!)}{Modifiers(@event.AddMethod!)}event {TypeName(@event.EventHandlerType!, context.Create(@event))} {@event.Name}");
                    break;
            }
        }
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(true).Any(IsVisible),
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        EventInfo @event => @event.AddMethod is { } add && IsVisible(add),
        _ => false,
    };

    private static string Access(MethodBase method) => method.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodBase method)
    {
        if (method.IsStatic)
        {
            return method.IsAbstract ? "static abstract " : "static ";
        }

        if (method.DeclaringType!.IsInterface || !method.IsVirtual)
        {
            return string.Empty;
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        var isOverride = method is MethodInfo info && info.GetBaseDefinition().DeclaringType != method.DeclaringType;
        if (isOverride)
        {
            return method.IsFinal ? "sealed override " : "override ";
        }

        return method.IsFinal ? string.Empty : "virtual ";
    }

    private static string Method(MethodInfo method, NullabilityInfoContext context)
    {
        var generic = method.IsGenericMethodDefinition
            ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">"
            : string.Empty;
        var returns = TypeName(method.ReturnType, context.Create(method.ReturnParameter));
        return $"{Access(method)}{Modifiers(method)}{returns} {method.Name}{generic}({Parameters(method, context)})";
    }

    private static string Property(PropertyInfo property, NullabilityInfoContext context)
    {
        var accessor = property.GetAccessors(true).First(IsVisible);
        var required = property.IsDefined(typeof(RequiredMemberAttribute), false) ? "required " : string.Empty;
        var indexer = property.GetIndexParameters() is { Length: > 0 } index
            ? "this[" + string.Join(", ", index.Select(p => Parameter(p, context))) + "]"
            : property.Name;
        var accessors = new List<string>();
        if (property.GetMethod is { } getter && IsVisible(getter))
        {
            accessors.Add(getter.IsPublic || !accessor.IsPublic ? "get;" : "protected get;");
        }

        if (property.SetMethod is { } setter && IsVisible(setter))
        {
            var init = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) ? "init;" : "set;";
            accessors.Add(setter.IsPublic || !accessor.IsPublic ? init : "protected " + init);
        }

        return $"{Access(accessor)}{Modifiers(accessor)}{required}{TypeName(property.PropertyType, context.Create(property))} {indexer} {{ {string.Join(' ', accessors)} }}";
    }

    private static string Field(FieldInfo field, NullabilityInfoContext context)
    {
        var access = field.IsPublic ? "public " : "protected ";
        var type = TypeName(field.FieldType, context.Create(field));
        if (field.IsLiteral)
        {
            return $"{access}const {type} {field.Name} = {Literal(field.GetRawConstantValue())}";
        }

        var modifiers = (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
        return $"{access}{modifiers}{type} {field.Name}";
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext context)
    {
        var parameters = method.GetParameters().Select(p => Parameter(p, context));
        var isExtension = method.IsDefined(typeof(ExtensionAttribute), false);
        return (isExtension ? "this " : string.Empty) + string.Join(", ", parameters);
    }

    private static string Parameter(ParameterInfo parameter, NullabilityInfoContext context)
    {
        var type = parameter.ParameterType;
        var prefix = string.Empty;
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
            prefix = parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
        }
        else if (parameter.IsDefined(typeof(ParamArrayAttribute), false))
        {
            prefix = "params ";
        }

        var text = $"{prefix}{TypeName(type, context.Create(parameter))} {parameter.Name}";
        return parameter.HasDefaultValue ? $"{text} = {Literal(parameter.RawDefaultValue, type)}" : text;
    }

    private static string Literal(object? value, Type? type = null) => value switch
    {
        null when type is { IsValueType: true } && Nullable.GetUnderlyingType(type) is null => "default",
        null => "null",
        string text => "\"" + text + "\"",
        bool flag => flag ? "true" : "false",
        char c => "'" + c + "'",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static bool IsRecord(Type type) =>
        type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly) is not null;

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(char)] = "char", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
        [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
    };

    /// <summary>A C#-like type name (keywords for built-in types, else the full name), with <c>?</c> where nullable.</summary>
    private static string TypeName(Type type, NullabilityInfo? nullability)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        var suffix = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : string.Empty;
        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!, nullability?.ElementType) + "[" + new string(',', type.GetArrayRank() - 1) + "]" + suffix;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + suffix;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + suffix;
        }

        var name = type.IsNested ? TypeName(type.DeclaringType!, null) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name + suffix;
        }

        var arguments = type.GetGenericArguments();
        var argumentNullability = nullability?.GenericTypeArguments;
        var names = arguments.Select((argument, i) =>
            TypeName(argument, argumentNullability is { Length: > 0 } && i < argumentNullability.Length ? argumentNullability[i] : null));
        return name.Split('`')[0] + "<" + string.Join(", ", names) + ">" + suffix;
    }
}
