//! Enumerations written as fixed lower-case names in the plan format.

/// An enumeration whose values are written as fixed names in the plan format.
pub trait Named: Sized + Copy + 'static {
    /// What a value of this type is called in error messages, like `kind`.
    const WHAT: &'static str;
    /// Every value, in the order of the specification.
    const ALL: &'static [Self];

    /// The name written in the plan format.
    fn as_str(self) -> &'static str;

    /// The value with this exact name, if any.
    fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == name)
    }

    /// The message for a name that is not one of the values.
    fn unknown_message(name: &str) -> String {
        format!("unknown {} \"{}\"", Self::WHAT, name)
    }
}

/// Defines a `Copy` enumeration written as fixed names, with [`Named`],
/// `Display` and `Serialize` implementations.
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident ($what:literal) {
            $( $(#[$vmeta:meta])* $variant:ident => $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $crate::domain::names::Named for $name {
            const WHAT: &'static str = $what;
            const ALL: &'static [Self] = &[ $( $name::$variant, )+ ];

            fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )+
                }
            }
        }

        impl $name {
            /// Every value, in the order of the specification.
            pub const ALL: &'static [Self] = <Self as $crate::domain::names::Named>::ALL;

            /// The name written in the plan format.
            pub fn as_str(self) -> &'static str {
                $crate::domain::names::Named::as_str(self)
            }

            /// The value with this exact name, if any.
            pub fn from_name(name: &str) -> Option<Self> {
                <Self as $crate::domain::names::Named>::from_name(name)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

pub(crate) use named_enum;

/// Implements `Serialize` by writing the value produced by `to_value`.
macro_rules! serialize_via_value {
    ($($t:ty),+ $(,)?) => {
        $(
            impl ::serde::Serialize for $t {
                fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    ::serde::Serialize::serialize(&self.to_value(), s)
                }
            }
        )+
    };
}

pub(crate) use serialize_via_value;
