# test: llvm-ir
def f(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return None
# run: f(2)
# run: f(0)
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@_Py_TrueStruct = external global i8
@_Py_FalseStruct = external global i8

define ptr @rjit_dump(ptr %0, ptr %1, ptr %2) {
entry:
  %s0 = alloca ptr, align 8
  %s1 = alloca ptr, align 8
  %s2 = alloca ptr, align 8
  %s3 = alloca ptr, align 8
  %scratch = alloca ptr, align 8
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f1 = getelementptr i8, ptr %p, i64 184
  %c = call i32 @rjit_enter(ptr %0, ptr %1)
  %enter_failed = icmp ne i32 %c, 0
  br i1 %enter_failed, label %recursion_error, label %i0

i0:                                               ; preds = %entry
  %f2 = getelementptr i8, ptr %0, i64 16
  %p3 = load ptr, ptr %f2, align 8
  %f4 = getelementptr i8, ptr %p3, i64 100
  %eval_breaker = load volatile i32, ptr %f4, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker5, label %cont

i1:                                               ; preds = %cont
  br label %i2

i2:                                               ; preds = %i1
  %f8 = getelementptr i8, ptr %2, i64 8
  %p9 = load ptr, ptr %f8, align 8
  %rc = load i64, ptr %p9, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p9, align 4
  store ptr %p9, ptr %s0, align 8
  br label %i3

i3:                                               ; preds = %i2
  %f10 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f10, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound

i4:                                               ; preds = %bound
  %v21 = load ptr, ptr %s1, align 8
  %v22 = load ptr, ptr %s0, align 8
  %f23 = getelementptr i8, ptr %f1, i64 8
  %f24 = getelementptr i8, ptr %1, i64 56
  store ptr %f23, ptr %f24, align 8
  %c25 = call ptr @PyNumber_TrueDivide(ptr %v22, ptr %v21)
  %rc26 = load i64, ptr %v22, align 4
  %rc127 = sub i64 %rc26, 1
  store i64 %rc127, ptr %v22, align 4
  %dead28 = icmp eq i64 %rc127, 0
  br i1 %dead28, label %dealloc29, label %cont30

i6:                                               ; preds = %ok
  %v39 = load ptr, ptr %s0, align 8
  %f40 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f40, align 4
  %f41 = getelementptr i8, ptr %f1, i64 12
  %f42 = getelementptr i8, ptr %1, i64 56
  store ptr %f41, ptr %f42, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v39

i7:                                               ; preds = %unwind36, %cont14
  %v43 = load ptr, ptr %s0, align 8
  %f44 = getelementptr i8, ptr %1, i64 80
  store ptr %v43, ptr %f44, align 8
  %f45 = getelementptr i8, ptr %f1, i64 14
  %f46 = getelementptr i8, ptr %1, i64 56
  store ptr %f45, ptr %f46, align 8
  %f47 = getelementptr i8, ptr %1, i64 80
  %c48 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f47, i32 0)
  br label %ok49

i8:                                               ; preds = %ok49
  %f53 = getelementptr i8, ptr %2, i64 16
  %p54 = load ptr, ptr %f53, align 8
  %f55 = getelementptr i8, ptr %f1, i64 16
  %f56 = getelementptr i8, ptr %1, i64 56
  store ptr %f55, ptr %f56, align 8
  %c57 = call ptr @rjit_load_global(ptr %1, ptr %p54)
  %isnull71 = icmp eq ptr %c57, null
  br i1 %isnull71, label %unwind58, label %ok70

i14:                                              ; preds = %ok70
  %v72 = load ptr, ptr %s1, align 8
  %f73 = getelementptr i8, ptr %1, i64 88
  store ptr %v72, ptr %f73, align 8
  %v74 = load ptr, ptr %s2, align 8
  %f75 = getelementptr i8, ptr %1, i64 96
  store ptr %v74, ptr %f75, align 8
  %f76 = getelementptr i8, ptr %f1, i64 28
  %f77 = getelementptr i8, ptr %1, i64 56
  store ptr %f76, ptr %f77, align 8
  %f78 = getelementptr i8, ptr %1, i64 88
  %c79 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f78, i32 0)
  %failed = icmp slt i32 %c79, 0
  br i1 %failed, label %unwind81, label %ok80

i15:                                              ; preds = %ok80
  %v97 = load ptr, ptr %s2, align 8
  %a = ptrtoint ptr %v97 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v123 = load ptr, ptr %s1, align 8
  %f124 = getelementptr i8, ptr %f1, i64 32
  %f125 = getelementptr i8, ptr %1, i64 56
  store ptr %f124, ptr %f125, align 8
  %isnull126 = icmp eq ptr %v123, null
  br i1 %isnull126, label %cont128, label %xdec127

i17:                                              ; preds = %cont128
  %v134 = load ptr, ptr %s0, align 8
  %f135 = getelementptr i8, ptr %1, i64 80
  store ptr %v134, ptr %f135, align 8
  %f136 = getelementptr i8, ptr %f1, i64 34
  %f137 = getelementptr i8, ptr %1, i64 56
  store ptr %f136, ptr %f137, align 8
  %f138 = getelementptr i8, ptr %1, i64 80
  %c139 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f138, i32 0)
  br label %ok140

i18:                                              ; preds = %ok140
  %f141 = getelementptr i8, ptr %2, i64 0
  %p142 = load ptr, ptr %f141, align 8
  %rc143 = load i64, ptr %p142, align 4
  %rc1144 = add i64 %rc143, 1
  store i64 %rc1144, ptr %p142, align 4
  store ptr %p142, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v145 = load ptr, ptr %s0, align 8
  %f146 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f146, align 4
  %f147 = getelementptr i8, ptr %f1, i64 38
  %f148 = getelementptr i8, ptr %1, i64 56
  store ptr %f147, ptr %f148, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v145

i20:                                              ; preds = %truth
  %v149 = load ptr, ptr %s1, align 8
  %f150 = getelementptr i8, ptr %1, i64 88
  store ptr %v149, ptr %f150, align 8
  %f151 = getelementptr i8, ptr %f1, i64 40
  %f152 = getelementptr i8, ptr %1, i64 56
  store ptr %f151, ptr %f152, align 8
  %f153 = getelementptr i8, ptr %1, i64 88
  %c154 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f153, i32 0)
  %failed159 = icmp slt i32 %c154, 0
  br i1 %failed159, label %unwind156, label %not_error

i21:                                              ; preds = %unwind160, %unwind156, %cont114, %cont85, %cont62
  %v163 = load ptr, ptr %s0, align 8
  %rc165 = load i64, ptr %v163, align 4
  %rc1166 = add i64 %rc165, 1
  store i64 %rc1166, ptr %v163, align 4
  store ptr %v163, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v167 = load ptr, ptr %s3, align 8
  %f168 = getelementptr i8, ptr %1, i64 104
  store ptr %v167, ptr %f168, align 8
  %f169 = getelementptr i8, ptr %f1, i64 44
  %f170 = getelementptr i8, ptr %1, i64 56
  store ptr %f169, ptr %f170, align 8
  %f171 = getelementptr i8, ptr %1, i64 104
  %c172 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f171, i32 0)
  br label %ok173

i23:                                              ; preds = %ok173
  br label %deopt174

recursion_error:                                  ; preds = %entry
  ret ptr null

eval_breaker5:                                    ; preds = %i0
  %c6 = call i32 @rjit_eval_breaker(ptr %0)
  %pending = icmp ne i32 %c6, 0
  br i1 %pending, label %deopt, label %cont

cont:                                             ; preds = %eval_breaker5, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker5
  %c7 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c7

unbound:                                          ; preds = %i3
  %f11 = getelementptr i8, ptr %f1, i64 6
  %f12 = getelementptr i8, ptr %1, i64 56
  store ptr %f11, ptr %f12, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %unwind

bound:                                            ; preds = %i3
  %rc19 = load i64, ptr %local, align 4
  %rc120 = add i64 %rc19, 1
  store i64 %rc120, ptr %local, align 4
  store ptr %local, ptr %s1, align 8
  br label %i4

unwind:                                           ; preds = %unbound
  call void @rjit_traceback_here(ptr %0)
  %v = load ptr, ptr %s0, align 8
  %isnull13 = icmp eq ptr %v, null
  br i1 %isnull13, label %cont14, label %xdec

xdec:                                             ; preds = %unwind
  %rc15 = load i64, ptr %v, align 4
  %rc116 = sub i64 %rc15, 1
  store i64 %rc116, ptr %v, align 4
  %dead = icmp eq i64 %rc116, 0
  br i1 %dead, label %dealloc, label %cont17

cont14:                                           ; preds = %cont17, %unwind
  %c18 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c18, ptr %s0, align 8
  br label %i7

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v)
  br label %cont17

cont17:                                           ; preds = %dealloc, %xdec
  br label %cont14

dealloc29:                                        ; preds = %i4
  call void @_Py_Dealloc(ptr %v22)
  br label %cont30

cont30:                                           ; preds = %dealloc29, %i4
  %rc31 = load i64, ptr %v21, align 4
  %rc132 = sub i64 %rc31, 1
  store i64 %rc132, ptr %v21, align 4
  %dead33 = icmp eq i64 %rc132, 0
  br i1 %dead33, label %dealloc34, label %cont35

dealloc34:                                        ; preds = %cont30
  call void @_Py_Dealloc(ptr %v21)
  br label %cont35

cont35:                                           ; preds = %dealloc34, %cont30
  %isnull38 = icmp eq ptr %c25, null
  br i1 %isnull38, label %unwind36, label %ok

unwind36:                                         ; preds = %cont35
  call void @rjit_traceback_here(ptr %0)
  %c37 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c37, ptr %s0, align 8
  br label %i7

ok:                                               ; preds = %cont35
  store ptr %c25, ptr %s0, align 8
  br label %i6

ok49:                                             ; preds = %i7
  %f50 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f50, align 8
  store ptr %r, ptr %s0, align 8
  %f51 = getelementptr i8, ptr %1, i64 88
  %r52 = load ptr, ptr %f51, align 8
  store ptr %r52, ptr %s1, align 8
  br label %i8

unwind58:                                         ; preds = %i8
  call void @rjit_traceback_here(ptr %0)
  %v59 = load ptr, ptr %s1, align 8
  %isnull60 = icmp eq ptr %v59, null
  br i1 %isnull60, label %cont62, label %xdec61

xdec61:                                           ; preds = %unwind58
  %rc63 = load i64, ptr %v59, align 4
  %rc164 = sub i64 %rc63, 1
  store i64 %rc164, ptr %v59, align 4
  %dead65 = icmp eq i64 %rc164, 0
  br i1 %dead65, label %dealloc66, label %cont67

cont62:                                           ; preds = %cont67, %unwind58
  %c68 = call ptr @rjit_lasti(i32 8)
  store ptr %c68, ptr %s1, align 8
  %c69 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c69, ptr %s2, align 8
  br label %i21

dealloc66:                                        ; preds = %xdec61
  call void @_Py_Dealloc(ptr %v59)
  br label %cont67

cont67:                                           ; preds = %dealloc66, %xdec61
  br label %cont62

ok70:                                             ; preds = %i8
  store ptr %c57, ptr %s2, align 8
  br label %i14

ok80:                                             ; preds = %i14
  %f93 = getelementptr i8, ptr %1, i64 88
  %r94 = load ptr, ptr %f93, align 8
  store ptr %r94, ptr %s1, align 8
  %f95 = getelementptr i8, ptr %1, i64 96
  %r96 = load ptr, ptr %f95, align 8
  store ptr %r96, ptr %s2, align 8
  br label %i15

unwind81:                                         ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %v82 = load ptr, ptr %s1, align 8
  %isnull83 = icmp eq ptr %v82, null
  br i1 %isnull83, label %cont85, label %xdec84

xdec84:                                           ; preds = %unwind81
  %rc86 = load i64, ptr %v82, align 4
  %rc187 = sub i64 %rc86, 1
  store i64 %rc187, ptr %v82, align 4
  %dead88 = icmp eq i64 %rc187, 0
  br i1 %dead88, label %dealloc89, label %cont90

cont85:                                           ; preds = %cont90, %unwind81
  %c91 = call ptr @rjit_lasti(i32 14)
  store ptr %c91, ptr %s1, align 8
  %c92 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c92, ptr %s2, align 8
  br label %i21

dealloc89:                                        ; preds = %xdec84
  call void @_Py_Dealloc(ptr %v82)
  br label %cont90

cont90:                                           ; preds = %dealloc89, %xdec84
  br label %cont85

chk_false:                                        ; preds = %i15
  %a98 = ptrtoint ptr %v97 to i64
  %eq99 = icmp eq i64 %a98, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq99, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc100 = load i64, ptr %v97, align 4
  %rc1101 = sub i64 %rc100, 1
  store i64 %rc1101, ptr %v97, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f102 = getelementptr i8, ptr %f1, i64 30
  %f103 = getelementptr i8, ptr %1, i64 56
  store ptr %f102, ptr %f103, align 8
  %c104 = call i32 @PyObject_IsTrue(ptr %v97)
  %rc105 = load i64, ptr %v97, align 4
  %rc1106 = sub i64 %rc105, 1
  store i64 %rc1106, ptr %v97, align 4
  %dead107 = icmp eq i64 %rc1106, 0
  br i1 %dead107, label %dealloc108, label %cont109

truth:                                            ; preds = %ok122, %fast_bool
  %t = phi i1 [ %eq, %fast_bool ], [ %truthy, %ok122 ]
  br i1 %t, label %i16, label %i20

dealloc108:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v97)
  br label %cont109

cont109:                                          ; preds = %dealloc108, %is_true
  %neg = icmp slt i32 %c104, 0
  br i1 %neg, label %unwind110, label %ok122

unwind110:                                        ; preds = %cont109
  call void @rjit_traceback_here(ptr %0)
  %v111 = load ptr, ptr %s1, align 8
  %isnull112 = icmp eq ptr %v111, null
  br i1 %isnull112, label %cont114, label %xdec113

xdec113:                                          ; preds = %unwind110
  %rc115 = load i64, ptr %v111, align 4
  %rc1116 = sub i64 %rc115, 1
  store i64 %rc1116, ptr %v111, align 4
  %dead117 = icmp eq i64 %rc1116, 0
  br i1 %dead117, label %dealloc118, label %cont119

cont114:                                          ; preds = %cont119, %unwind110
  %c120 = call ptr @rjit_lasti(i32 15)
  store ptr %c120, ptr %s1, align 8
  %c121 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c121, ptr %s2, align 8
  br label %i21

dealloc118:                                       ; preds = %xdec113
  call void @_Py_Dealloc(ptr %v111)
  br label %cont119

cont119:                                          ; preds = %dealloc118, %xdec113
  br label %cont114

ok122:                                            ; preds = %cont109
  %truthy = icmp ne i32 %c104, 0
  br label %truth

xdec127:                                          ; preds = %i16
  %rc129 = load i64, ptr %v123, align 4
  %rc1130 = sub i64 %rc129, 1
  store i64 %rc1130, ptr %v123, align 4
  %dead131 = icmp eq i64 %rc1130, 0
  br i1 %dead131, label %dealloc132, label %cont133

cont128:                                          ; preds = %cont133, %i16
  br label %i17

dealloc132:                                       ; preds = %xdec127
  call void @_Py_Dealloc(ptr %v123)
  br label %cont133

cont133:                                          ; preds = %dealloc132, %xdec127
  br label %cont128

ok140:                                            ; preds = %i17
  br label %i18

ok155:                                            ; preds = %not_error
  unreachable

unwind156:                                        ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %c157 = call ptr @rjit_lasti(i32 20)
  store ptr %c157, ptr %s1, align 8
  %c158 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c158, ptr %s2, align 8
  br label %i21

unwind160:                                        ; preds = %not_error
  %c161 = call ptr @rjit_lasti(i32 20)
  store ptr %c161, ptr %s1, align 8
  %c162 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c162, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c154, 0
  br i1 %reraise, label %unwind160, label %ok155

ok173:                                            ; preds = %i22
  br label %i23

deopt174:                                         ; preds = %i23
  %v175 = load ptr, ptr %s0, align 8
  %f176 = getelementptr i8, ptr %1, i64 80
  store ptr %v175, ptr %f176, align 8
  %v177 = load ptr, ptr %s1, align 8
  %f178 = getelementptr i8, ptr %1, i64 88
  store ptr %v177, ptr %f178, align 8
  %v179 = load ptr, ptr %s2, align 8
  %f180 = getelementptr i8, ptr %1, i64 96
  store ptr %v179, ptr %f180, align 8
  %c181 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c181
}

declare i32 @rjit_enter(ptr, ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare void @rjit_traceback_here(ptr)

declare void @_Py_Dealloc(ptr)

declare ptr @rjit_fetch_exception(ptr)

declare ptr @PyNumber_TrueDivide(ptr, ptr)

declare void @rjit_leave(ptr, ptr)

declare i32 @rjit_op_push_exc_info(ptr, ptr, ptr, i32)

declare ptr @rjit_load_global(ptr, ptr)

declare ptr @rjit_lasti(i32)

declare i32 @rjit_op_check_exc_match(ptr, ptr, ptr, i32)

declare i32 @PyObject_IsTrue(ptr)

declare i32 @rjit_op_pop_except(ptr, ptr, ptr, i32)

declare i32 @rjit_op_reraise(ptr, ptr, ptr, i32)
