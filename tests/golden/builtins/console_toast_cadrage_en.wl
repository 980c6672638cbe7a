//! args: --lang en
// ToastDisplay (1000019358) with the English placement constants.
ToastDisplay("This is a toast.", toastLong, cvMiddle, chCenter)
ToastDisplay("Bottom right", toastShort, cvBottom, chRight)
Trace(cvBottom, cvMiddle, cvTop, chLeft, chCenter, chRight)
