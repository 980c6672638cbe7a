//! args: --lang en
// English parser message (issue 11): a type is expected after IS, code 9105
n is a 12
