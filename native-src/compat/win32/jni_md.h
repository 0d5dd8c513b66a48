/*
 * jni_md.h for Windows x64, for cross-compiling the JNI spokes on a non-Windows host (the JDK there
 * ships only its own OS's jni_md.h). The ABI facts: exports via dllexport, JNICALL is the default x64
 * convention (__stdcall is ignored on x64), jint is 32-bit (long on LLP64), jlong 64-bit.
 */
#ifndef _JAVASOFT_JNI_MD_H_
#define _JAVASOFT_JNI_MD_H_

#define JNIEXPORT __declspec(dllexport)
#define JNIIMPORT __declspec(dllimport)
#define JNICALL __stdcall

typedef long jint;
typedef __int64 jlong;
typedef signed char jbyte;

#endif
