# test: llvm-ir
def f(a):
    yield a
    yield a + 1
# run: list(f(1))
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@PyFloat_Type = external global i8
@PyLong_Type = external global i8

define ptr @rjit_dump(ptr %0, ptr %1, ptr %2) {
entry:
  %s0 = alloca ptr, align 8
  %f0 = alloca double, align 8
  %n0 = alloca i64, align 8
  %k0 = alloca i8, align 1
  %s1 = alloca ptr, align 8
  %f1 = alloca double, align 8
  %n1 = alloca i64, align 8
  %k1 = alloca i8, align 1
  %scratch = alloca ptr, align 8
  %fscratch = alloca double, align 8
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f2 = getelementptr i8, ptr %p, i64 184
  %f3 = getelementptr i8, ptr %2, i64 16
  %p4 = load ptr, ptr %f3, align 8
  %f5 = getelementptr i8, ptr %1, i64 56
  %p6 = load ptr, ptr %f5, align 8
  %prev = ptrtoint ptr %p6 to i64
  %base = ptrtoint ptr %f2 to i64
  %bytes = sub i64 %prev, %base
  %lasti = ashr i64 %bytes, 1
  switch i64 %lasti, label %resume_in_interpreter [
    i64 0, label %resume
    i64 4, label %resume17
    i64 11, label %resume37
  ]

i0:                                               ; No predecessors!
  br label %deopt

i1:                                               ; preds = %reload
  %v = load ptr, ptr %s0, align 8
  %isnull = icmp eq ptr %v, null
  br i1 %isnull, label %cont, label %xdec

i2:                                               ; preds = %cont
  %f61 = getelementptr i8, ptr %0, i64 16
  %p62 = load ptr, ptr %f61, align 8
  %f63 = getelementptr i8, ptr %p62, i64 100
  %eval_breaker = load volatile i32, ptr %f63, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker64, label %cont65, !prof !0

i3:                                               ; preds = %cont65
  %f70 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f70, align 8
  %isnull71 = icmp eq ptr %local, null
  br i1 %isnull71, label %unbound, label %bound, !prof !0

i4:                                               ; preds = %bound
  %v78 = load ptr, ptr %s0, align 8
  %f79 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f79, align 4
  %f80 = getelementptr i8, ptr %f2, i64 8
  %f81 = getelementptr i8, ptr %1, i64 56
  store ptr %f80, ptr %f81, align 8
  %f82 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f82, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v78

i5:                                               ; preds = %reload18
  %f83 = getelementptr i8, ptr %0, i64 16
  %p84 = load ptr, ptr %f83, align 8
  %f85 = getelementptr i8, ptr %p84, i64 100
  %eval_breaker86 = load volatile i32, ptr %f85, align 4
  %eb87 = icmp ne i32 %eval_breaker86, 0
  br i1 %eb87, label %eval_breaker88, label %cont89, !prof !0

i6:                                               ; preds = %cont89
  %v99 = load ptr, ptr %s0, align 8
  %isnull100 = icmp eq ptr %v99, null
  br i1 %isnull100, label %cont102, label %xdec101

i7:                                               ; preds = %cont102
  %f110 = getelementptr i8, ptr %1, i64 72
  %local111 = load ptr, ptr %f110, align 8
  %isnull114 = icmp eq ptr %local111, null
  br i1 %isnull114, label %unbound112, label %bound113, !prof !0

i8:                                               ; preds = %bound113
  store i8 2, ptr %k1, align 1
  store double 0.000000e+00, ptr %f1, align 8
  store i64 1, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v119 = load ptr, ptr %s1, align 8
  %ukind = load i8, ptr %k1, align 1
  %uf = load double, ptr %f1, align 8
  %ui = load i64, ptr %n1, align 4
  %v120 = load ptr, ptr %s0, align 8
  %f121 = getelementptr i8, ptr %f2, i64 18
  %f122 = getelementptr i8, ptr %1, i64 56
  store ptr %f121, ptr %f122, align 8
  %f123 = getelementptr i8, ptr %v120, i64 8
  %p124 = load ptr, ptr %f123, align 8
  %a = ptrtoint ptr %p124 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq, label %view_float, label %view_long

i11:                                              ; preds = %ok
  %v323 = load ptr, ptr %s0, align 8
  %f324 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f324, align 4
  %f325 = getelementptr i8, ptr %f2, i64 22
  %f326 = getelementptr i8, ptr %1, i64 56
  store ptr %f325, ptr %f326, align 8
  %f327 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f327, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v323

i12:                                              ; preds = %reload38
  %f328 = getelementptr i8, ptr %0, i64 16
  %p329 = load ptr, ptr %f328, align 8
  %f330 = getelementptr i8, ptr %p329, i64 100
  %eval_breaker331 = load volatile i32, ptr %f330, align 4
  %eb332 = icmp ne i32 %eval_breaker331, 0
  br i1 %eb332, label %eval_breaker333, label %cont334, !prof !0

i13:                                              ; preds = %cont334
  %v344 = load ptr, ptr %s0, align 8
  %isnull345 = icmp eq ptr %v344, null
  br i1 %isnull345, label %cont347, label %xdec346

i14:                                              ; preds = %cont347
  %f355 = getelementptr i8, ptr %2, i64 0
  %p356 = load ptr, ptr %f355, align 8
  %rc357 = load i64, ptr %p356, align 4
  %rc1358 = add i64 %rc357, 1
  store i64 %rc1358, ptr %p356, align 4
  store ptr %p356, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v359 = load ptr, ptr %s0, align 8
  %f360 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f360, align 4
  %f361 = getelementptr i8, ptr %f2, i64 30
  %f362 = getelementptr i8, ptr %1, i64 56
  store ptr %f361, ptr %f362, align 8
  %f363 = getelementptr i8, ptr %0, i64 56
  %p364 = load ptr, ptr %f363, align 8
  %f365 = getelementptr i8, ptr %1, i64 48
  %p366 = load ptr, ptr %f365, align 8
  %f367 = getelementptr i8, ptr %p364, i64 8
  store ptr %p366, ptr %f367, align 8
  %f368 = getelementptr i8, ptr %0, i64 32
  %rem369 = load i32, ptr %f368, align 4
  %rem1370 = add i32 %rem369, 1
  store i32 %rem1370, ptr %f368, align 4
  ret ptr %v359

resume_in_interpreter:                            ; preds = %entry
  %c = call ptr @rjit_resume_in_interpreter(ptr %0, ptr %1)
  ret ptr %c

resume:                                           ; preds = %entry
  %f7 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f7, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f7, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %recursion_check, label %link

reload:                                           ; preds = %link
  %f15 = getelementptr i8, ptr %1, i64 80
  %saved = load ptr, ptr %f15, align 8
  store ptr %saved, ptr %s0, align 8
  %f16 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f16, align 4
  br label %i1

recursion_check:                                  ; preds = %resume
  %c8 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c8, 0
  br i1 %too_deep, label %recursion_error, label %link

link:                                             ; preds = %recursion_check, %resume
  %f9 = getelementptr i8, ptr %0, i64 56
  %p10 = load ptr, ptr %f9, align 8
  %f11 = getelementptr i8, ptr %p10, i64 8
  %p12 = load ptr, ptr %f11, align 8
  %f13 = getelementptr i8, ptr %1, i64 48
  store ptr %p12, ptr %f13, align 8
  %f14 = getelementptr i8, ptr %p10, i64 8
  store ptr %1, ptr %f14, align 8
  br label %reload

recursion_error:                                  ; preds = %recursion_check
  ret ptr null

resume17:                                         ; preds = %entry
  %f19 = getelementptr i8, ptr %0, i64 32
  %rem20 = load i32, ptr %f19, align 4
  %rem121 = sub i32 %rem20, 1
  store i32 %rem121, ptr %f19, align 4
  %exhausted22 = icmp sle i32 %rem20, 0
  br i1 %exhausted22, label %recursion_check23, label %link24

reload18:                                         ; preds = %link24
  %f34 = getelementptr i8, ptr %1, i64 80
  %saved35 = load ptr, ptr %f34, align 8
  store ptr %saved35, ptr %s0, align 8
  %f36 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f36, align 4
  br label %i5

recursion_check23:                                ; preds = %resume17
  %c25 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep26 = icmp ne i32 %c25, 0
  br i1 %too_deep26, label %recursion_error27, label %link24

link24:                                           ; preds = %recursion_check23, %resume17
  %f28 = getelementptr i8, ptr %0, i64 56
  %p29 = load ptr, ptr %f28, align 8
  %f30 = getelementptr i8, ptr %p29, i64 8
  %p31 = load ptr, ptr %f30, align 8
  %f32 = getelementptr i8, ptr %1, i64 48
  store ptr %p31, ptr %f32, align 8
  %f33 = getelementptr i8, ptr %p29, i64 8
  store ptr %1, ptr %f33, align 8
  br label %reload18

recursion_error27:                                ; preds = %recursion_check23
  ret ptr null

resume37:                                         ; preds = %entry
  %f39 = getelementptr i8, ptr %0, i64 32
  %rem40 = load i32, ptr %f39, align 4
  %rem141 = sub i32 %rem40, 1
  store i32 %rem141, ptr %f39, align 4
  %exhausted42 = icmp sle i32 %rem40, 0
  br i1 %exhausted42, label %recursion_check43, label %link44

reload38:                                         ; preds = %link44
  %f54 = getelementptr i8, ptr %1, i64 80
  %saved55 = load ptr, ptr %f54, align 8
  store ptr %saved55, ptr %s0, align 8
  %f56 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f56, align 4
  br label %i12

recursion_check43:                                ; preds = %resume37
  %c45 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep46 = icmp ne i32 %c45, 0
  br i1 %too_deep46, label %recursion_error47, label %link44

link44:                                           ; preds = %recursion_check43, %resume37
  %f48 = getelementptr i8, ptr %0, i64 56
  %p49 = load ptr, ptr %f48, align 8
  %f50 = getelementptr i8, ptr %p49, i64 8
  %p51 = load ptr, ptr %f50, align 8
  %f52 = getelementptr i8, ptr %1, i64 48
  store ptr %p51, ptr %f52, align 8
  %f53 = getelementptr i8, ptr %p49, i64 8
  store ptr %1, ptr %f53, align 8
  br label %reload38

recursion_error47:                                ; preds = %recursion_check43
  ret ptr null

deopt:                                            ; preds = %i0
  %c57 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c57

xdec:                                             ; preds = %i1
  %rc = load i64, ptr %v, align 4
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %v, align 4
  %dead = icmp eq i64 %rc1, 0
  br i1 %dead, label %dealloc, label %cont58

cont:                                             ; preds = %cont58, %i1
  br label %i2

dealloc:                                          ; preds = %xdec
  %f59 = getelementptr i8, ptr %f2, i64 2
  %f60 = getelementptr i8, ptr %1, i64 56
  store ptr %f59, ptr %f60, align 8
  call void @_Py_Dealloc(ptr %v)
  br label %cont58

cont58:                                           ; preds = %dealloc, %xdec
  br label %cont

eval_breaker64:                                   ; preds = %i2
  %c66 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c66, label %deopt67 [
    i32 0, label %cont65
    i32 -1, label %error
  ]

cont65:                                           ; preds = %eval_breaker64, %i2
  br label %i3

deopt67:                                          ; preds = %eval_breaker64
  %c68 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 0)
  ret ptr %c68

error:                                            ; preds = %eval_breaker64
  %c69 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 0, i32 1)
  ret ptr %c69

unbound:                                          ; preds = %i3
  %f72 = getelementptr i8, ptr %f2, i64 6
  %f73 = getelementptr i8, ptr %1, i64 56
  store ptr %f72, ptr %f73, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error74

bound:                                            ; preds = %i3
  %rc76 = load i64, ptr %local, align 4
  %rc177 = add i64 %rc76, 1
  store i64 %rc177, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i4

error74:                                          ; preds = %unbound
  %c75 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c75

eval_breaker88:                                   ; preds = %i5
  %c90 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c90, label %deopt91 [
    i32 0, label %cont89
    i32 -1, label %error95
  ]

cont89:                                           ; preds = %eval_breaker88, %i5
  br label %i6

deopt91:                                          ; preds = %eval_breaker88
  %v92 = load ptr, ptr %s0, align 8
  %f93 = getelementptr i8, ptr %1, i64 80
  store ptr %v92, ptr %f93, align 8
  %c94 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 1, i32 0)
  ret ptr %c94

error95:                                          ; preds = %eval_breaker88
  %v96 = load ptr, ptr %s0, align 8
  %f97 = getelementptr i8, ptr %1, i64 80
  store ptr %v96, ptr %f97, align 8
  %c98 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 1, i32 1)
  ret ptr %c98

xdec101:                                          ; preds = %i6
  %rc103 = load i64, ptr %v99, align 4
  %rc1104 = sub i64 %rc103, 1
  store i64 %rc1104, ptr %v99, align 4
  %dead105 = icmp eq i64 %rc1104, 0
  br i1 %dead105, label %dealloc106, label %cont107

cont102:                                          ; preds = %cont107, %i6
  br label %i7

dealloc106:                                       ; preds = %xdec101
  %f108 = getelementptr i8, ptr %f2, i64 12
  %f109 = getelementptr i8, ptr %1, i64 56
  store ptr %f108, ptr %f109, align 8
  call void @_Py_Dealloc(ptr %v99)
  br label %cont107

cont107:                                          ; preds = %dealloc106, %xdec101
  br label %cont102

unbound112:                                       ; preds = %i7
  %f115 = getelementptr i8, ptr %f2, i64 14
  %f116 = getelementptr i8, ptr %1, i64 56
  store ptr %f115, ptr %f116, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error117

bound113:                                         ; preds = %i7
  store ptr %local111, ptr %s0, align 8
  br label %i8

error117:                                         ; preds = %unbound112
  %c118 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c118

num_done:                                         ; preds = %operator_done, %fbox_done292, %fbox_done247, %int_fast, %fbox_done, %unboxed_ints
  %res = phi ptr [ %c172, %unboxed_ints ], [ %fbox, %fbox_done ], [ %c232, %int_fast ], [ %fbox253, %fbox_done247 ], [ %fbox305, %fbox_done292 ], [ %number, %operator_done ]
  %v311 = load ptr, ptr %s1, align 8
  %isnull312 = icmp eq ptr %v311, null
  br i1 %isnull312, label %cont314, label %xdec313

num_slow:                                         ; preds = %mixed266, %mixed_check, %int_test, %box_operands
  %f306 = getelementptr i8, ptr %v120, i64 8
  %p307 = load ptr, ptr %f306, align 8
  %f308 = getelementptr i8, ptr %p307, i64 168
  %i = load i64, ptr %f308, align 4
  %heap = and i64 %i, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %operator_dunder, label %operator_c

float_result:                                     ; preds = %mixed_fast
  %fres = phi double [ %fadd291, %mixed_fast ]
  %rc293 = load i64, ptr %p177, align 4
  %only294 = icmp eq i64 %rc293, 1
  %f295 = getelementptr i8, ptr %p177, i64 8
  %p296 = load ptr, ptr %f295, align 8
  %a297 = ptrtoint ptr %p296 to i64
  %eq298 = icmp eq i64 %a297, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only294, %eq298
  br i1 %only_float, label %fbox_operand299, label %fbox_next300

box_operands:                                     ; preds = %view_is_int146, %view_long141, %view_int, %view_is_int, %view_long
  %f176 = getelementptr i8, ptr %2, i64 8
  %p177 = load ptr, ptr %f176, align 8
  %rc178 = load i64, ptr %p177, align 4
  %rc1179 = add i64 %rc178, 1
  store i64 %rc1179, ptr %p177, align 4
  store ptr %p177, ptr %s1, align 8
  br label %num_slow

view:                                             ; preds = %view_compact, %view_float
  %vkind = phi i8 [ 1, %view_float ], [ 2, %view_compact ]
  %vf = phi double [ %fval, %view_float ], [ 0.000000e+00, %view_compact ]
  %vi = phi i64 [ 0, %view_float ], [ %ival, %view_compact ]
  %is_float = icmp eq i8 %ukind, 1
  br i1 %is_float, label %view133, label %view_not_float, !prof !1

view_float:                                       ; preds = %i9
  %f125 = getelementptr i8, ptr %v120, i64 16
  %fval = load double, ptr %f125, align 8
  br label %view

view_long:                                        ; preds = %i9
  %a126 = ptrtoint ptr %p124 to i64
  %eq127 = icmp eq i64 %a126, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq127, label %view_is_int, label %box_operands, !prof !1

view_is_int:                                      ; preds = %view_long
  %f128 = getelementptr i8, ptr %v120, i64 16
  %size = load i64, ptr %f128, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f129 = getelementptr i8, ptr %v120, i64 24
  %digit0 = load i32, ptr %f129, align 4
  %digit0130 = zext i32 %digit0 to i64
  %f131 = getelementptr i8, ptr %v120, i64 28
  %digit1 = load i32, ptr %f131, align 4
  %digit1132 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit1132, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit0130, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  br i1 %compact, label %view_compact, label %box_operands, !prof !1

view_compact:                                     ; preds = %view_is_int
  br label %view

view133:                                          ; preds = %view_compact168, %view_float140, %view_compact135, %view
  %vkind169 = phi i8 [ 1, %view ], [ 2, %view_compact135 ], [ 1, %view_float140 ], [ 2, %view_compact168 ]
  %vf170 = phi double [ %uf, %view ], [ 0.000000e+00, %view_compact135 ], [ %fval143, %view_float140 ], [ 0.000000e+00, %view_compact168 ]
  %vi171 = phi i64 [ 0, %view ], [ %ui, %view_compact135 ], [ 0, %view_float140 ], [ %ival167, %view_compact168 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind169, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %unboxed_ints, label %unboxed_floats

view_not_float:                                   ; preds = %view
  %is_int = icmp eq i8 %ukind, 2
  br i1 %is_int, label %view_int, label %view_object

view_int:                                         ; preds = %view_not_float
  %bias = add i64 %ui, 1152921504606846976
  %compact134 = icmp ult i64 %bias, 2305843009213693952
  br i1 %compact134, label %view_compact135, label %box_operands, !prof !1

view_object:                                      ; preds = %view_not_float
  %f136 = getelementptr i8, ptr %v119, i64 8
  %p137 = load ptr, ptr %f136, align 8
  %a138 = ptrtoint ptr %p137 to i64
  %eq139 = icmp eq i64 %a138, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq139, label %view_float140, label %view_long141

view_compact135:                                  ; preds = %view_int
  br label %view133

view_float140:                                    ; preds = %view_object
  %f142 = getelementptr i8, ptr %v119, i64 16
  %fval143 = load double, ptr %f142, align 8
  br label %view133

view_long141:                                     ; preds = %view_object
  %a144 = ptrtoint ptr %p137 to i64
  %eq145 = icmp eq i64 %a144, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq145, label %view_is_int146, label %box_operands, !prof !1

view_is_int146:                                   ; preds = %view_long141
  %f147 = getelementptr i8, ptr %v119, i64 16
  %size148 = load i64, ptr %f147, align 4
  %size2149 = add i64 %size148, 2
  %compact150 = icmp ule i64 %size2149, 4
  %f151 = getelementptr i8, ptr %v119, i64 24
  %digit0152 = load i32, ptr %f151, align 4
  %digit0153 = zext i32 %digit0152 to i64
  %f154 = getelementptr i8, ptr %v119, i64 28
  %digit1155 = load i32, ptr %f154, align 4
  %digit1156 = zext i32 %digit1155 to i64
  %negative157 = icmp slt i64 %size148, 0
  %neg_size158 = sub i64 0, %size148
  %ndigits159 = select i1 %negative157, i64 %neg_size158, i64 %size148
  %two160 = icmp eq i64 %ndigits159, 2
  %hi161 = shl i64 %digit1156, 30
  %hi2162 = select i1 %two160, i64 %hi161, i64 0
  %mag163 = add i64 %digit0153, %hi2162
  %zero164 = icmp eq i64 %size148, 0
  %mag0165 = select i1 %zero164, i64 0, i64 %mag163
  %neg_mag166 = sub i64 0, %mag0165
  %ival167 = select i1 %negative157, i64 %neg_mag166, i64 %mag0165
  br i1 %compact150, label %view_compact168, label %box_operands, !prof !1

view_compact168:                                  ; preds = %view_is_int146
  br label %view133

unboxed_ints:                                     ; preds = %view133
  %iadd = add nsw i64 %vi, %vi171
  %c172 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

unboxed_floats:                                   ; preds = %view133
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof173 = sitofp i64 %vi171 to double
  %view_f174 = select i1 %rint, double %itof173, double %vf170
  %fadd = fadd double %view_f, %view_f174
  %c175 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %fbox_done

fbox_done:                                        ; preds = %unboxed_floats
  %fbox = phi ptr [ %c175, %unboxed_floats ]
  br label %num_done

boxed_paths_unused:                               ; No predecessors!
  %f180 = getelementptr i8, ptr %v120, i64 8
  %p181 = load ptr, ptr %f180, align 8
  %f182 = getelementptr i8, ptr %p177, i64 8
  %p183 = load ptr, ptr %f182, align 8
  %a184 = ptrtoint ptr %p181 to i64
  %eq185 = icmp eq i64 %a184, ptrtoint (ptr @PyLong_Type to i64)
  %a186 = ptrtoint ptr %p183 to i64
  %eq187 = icmp eq i64 %a186, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq185, %eq187
  br i1 %both, label %int_test, label %float_check

int_test:                                         ; preds = %boxed_paths_unused
  %f188 = getelementptr i8, ptr %v120, i64 16
  %size189 = load i64, ptr %f188, align 4
  %size2190 = add i64 %size189, 2
  %compact191 = icmp ule i64 %size2190, 4
  %f192 = getelementptr i8, ptr %v120, i64 24
  %digit0193 = load i32, ptr %f192, align 4
  %digit0194 = zext i32 %digit0193 to i64
  %f195 = getelementptr i8, ptr %v120, i64 28
  %digit1196 = load i32, ptr %f195, align 4
  %digit1197 = zext i32 %digit1196 to i64
  %negative198 = icmp slt i64 %size189, 0
  %neg_size199 = sub i64 0, %size189
  %ndigits200 = select i1 %negative198, i64 %neg_size199, i64 %size189
  %two201 = icmp eq i64 %ndigits200, 2
  %hi202 = shl i64 %digit1197, 30
  %hi2203 = select i1 %two201, i64 %hi202, i64 0
  %mag204 = add i64 %digit0194, %hi2203
  %zero205 = icmp eq i64 %size189, 0
  %mag0206 = select i1 %zero205, i64 0, i64 %mag204
  %neg_mag207 = sub i64 0, %mag0206
  %ival208 = select i1 %negative198, i64 %neg_mag207, i64 %mag0206
  %f209 = getelementptr i8, ptr %p177, i64 16
  %size210 = load i64, ptr %f209, align 4
  %size2211 = add i64 %size210, 2
  %compact212 = icmp ule i64 %size2211, 4
  %f213 = getelementptr i8, ptr %p177, i64 24
  %digit0214 = load i32, ptr %f213, align 4
  %digit0215 = zext i32 %digit0214 to i64
  %f216 = getelementptr i8, ptr %p177, i64 28
  %digit1217 = load i32, ptr %f216, align 4
  %digit1218 = zext i32 %digit1217 to i64
  %negative219 = icmp slt i64 %size210, 0
  %neg_size220 = sub i64 0, %size210
  %ndigits221 = select i1 %negative219, i64 %neg_size220, i64 %size210
  %two222 = icmp eq i64 %ndigits221, 2
  %hi223 = shl i64 %digit1218, 30
  %hi2224 = select i1 %two222, i64 %hi223, i64 0
  %mag225 = add i64 %digit0215, %hi2224
  %zero226 = icmp eq i64 %size210, 0
  %mag0227 = select i1 %zero226, i64 0, i64 %mag225
  %neg_mag228 = sub i64 0, %mag0227
  %ival229 = select i1 %negative219, i64 %neg_mag228, i64 %mag0227
  %compact230 = and i1 %compact191, %compact212
  br i1 %compact230, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %boxed_paths_unused
  %f233 = getelementptr i8, ptr %v120, i64 8
  %p234 = load ptr, ptr %f233, align 8
  %f235 = getelementptr i8, ptr %p177, i64 8
  %p236 = load ptr, ptr %f235, align 8
  %a237 = ptrtoint ptr %p234 to i64
  %eq238 = icmp eq i64 %a237, ptrtoint (ptr @PyFloat_Type to i64)
  %a239 = ptrtoint ptr %p236 to i64
  %eq240 = icmp eq i64 %a239, ptrtoint (ptr @PyFloat_Type to i64)
  %both241 = and i1 %eq238, %eq240
  br i1 %both241, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %iadd231 = add nsw i64 %ival208, %ival229
  %c232 = call ptr @PyLong_FromLongLong(i64 %iadd231)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f242 = getelementptr i8, ptr %v120, i64 16
  %fval243 = load double, ptr %f242, align 8
  %f244 = getelementptr i8, ptr %p177, i64 16
  %fval245 = load double, ptr %f244, align 8
  %fadd246 = fadd double %fval243, %fval245
  %rc248 = load i64, ptr %p177, align 4
  %only = icmp eq i64 %rc248, 1
  br i1 %only, label %fbox_operand, label %fbox_next

mixed_check:                                      ; preds = %float_check
  %f254 = getelementptr i8, ptr %v120, i64 8
  %p255 = load ptr, ptr %f254, align 8
  %a256 = ptrtoint ptr %p255 to i64
  %eq257 = icmp eq i64 %a256, ptrtoint (ptr @PyFloat_Type to i64)
  %a258 = ptrtoint ptr %p255 to i64
  %eq259 = icmp eq i64 %a258, ptrtoint (ptr @PyLong_Type to i64)
  %f260 = getelementptr i8, ptr %p177, i64 8
  %p261 = load ptr, ptr %f260, align 8
  %a262 = ptrtoint ptr %p261 to i64
  %eq263 = icmp eq i64 %a262, ptrtoint (ptr @PyFloat_Type to i64)
  %a264 = ptrtoint ptr %p261 to i64
  %eq265 = icmp eq i64 %a264, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq257, %eq265
  %int_first = and i1 %eq259, %eq263
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %mixed266, label %num_slow, !prof !1

fbox_done247:                                     ; preds = %fbox_next, %fbox_operand
  %fbox253 = phi ptr [ %p177, %fbox_operand ], [ %c252, %fbox_next ]
  br label %num_done

fbox_operand:                                     ; preds = %float_fast
  %f249 = getelementptr i8, ptr %p177, i64 16
  store double %fadd246, ptr %f249, align 8
  %rc250 = load i64, ptr %p177, align 4
  %rc1251 = add i64 %rc250, 1
  store i64 %rc1251, ptr %p177, align 4
  br label %fbox_done247

fbox_next:                                        ; preds = %float_fast
  %c252 = call ptr @PyFloat_FromDouble(double %fadd246)
  br label %fbox_done247

mixed266:                                         ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %p177, ptr %v120
  %float_operand = select i1 %float_first, ptr %v120, ptr %p177
  %f267 = getelementptr i8, ptr %int_operand, i64 16
  %size268 = load i64, ptr %f267, align 4
  %size2269 = add i64 %size268, 2
  %compact270 = icmp ule i64 %size2269, 4
  %f271 = getelementptr i8, ptr %int_operand, i64 24
  %digit0272 = load i32, ptr %f271, align 4
  %digit0273 = zext i32 %digit0272 to i64
  %f274 = getelementptr i8, ptr %int_operand, i64 28
  %digit1275 = load i32, ptr %f274, align 4
  %digit1276 = zext i32 %digit1275 to i64
  %negative277 = icmp slt i64 %size268, 0
  %neg_size278 = sub i64 0, %size268
  %ndigits279 = select i1 %negative277, i64 %neg_size278, i64 %size268
  %two280 = icmp eq i64 %ndigits279, 2
  %hi281 = shl i64 %digit1276, 30
  %hi2282 = select i1 %two280, i64 %hi281, i64 0
  %mag283 = add i64 %digit0273, %hi2282
  %zero284 = icmp eq i64 %size268, 0
  %mag0285 = select i1 %zero284, i64 0, i64 %mag283
  %neg_mag286 = sub i64 0, %mag0285
  %ival287 = select i1 %negative277, i64 %neg_mag286, i64 %mag0285
  br i1 %compact270, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed266
  %itof288 = sitofp i64 %ival287 to double
  %f289 = getelementptr i8, ptr %float_operand, i64 16
  %fval290 = load double, ptr %f289, align 8
  %x = select i1 %float_first, double %fval290, double %itof288
  %y = select i1 %float_first, double %itof288, double %fval290
  %fadd291 = fadd double %x, %y
  br label %float_result

fbox_done292:                                     ; preds = %fbox_next300, %fbox_operand299
  %fbox305 = phi ptr [ %p177, %fbox_operand299 ], [ %c304, %fbox_next300 ]
  br label %num_done

fbox_operand299:                                  ; preds = %float_result
  %f301 = getelementptr i8, ptr %p177, i64 16
  store double %fres, ptr %f301, align 8
  %rc302 = load i64, ptr %p177, align 4
  %rc1303 = add i64 %rc302, 1
  store i64 %rc1303, ptr %p177, align 4
  br label %fbox_done292

fbox_next300:                                     ; preds = %float_result
  %c304 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done292

operator_dunder:                                  ; preds = %num_slow
  %c309 = call ptr @rjit_binary_dunder(ptr %0, ptr %v120, ptr %p177, i32 0)
  br label %operator_done

operator_c:                                       ; preds = %num_slow
  %c310 = call ptr @PyNumber_Add(ptr %v120, ptr %p177)
  br label %operator_done

operator_done:                                    ; preds = %operator_c, %operator_dunder
  %number = phi ptr [ %c309, %operator_dunder ], [ %c310, %operator_c ]
  br label %num_done

xdec313:                                          ; preds = %num_done
  %rc315 = load i64, ptr %v311, align 4
  %rc1316 = sub i64 %rc315, 1
  store i64 %rc1316, ptr %v311, align 4
  %dead317 = icmp eq i64 %rc1316, 0
  br i1 %dead317, label %dealloc318, label %cont319

cont314:                                          ; preds = %cont319, %num_done
  %isnull322 = icmp eq ptr %res, null
  br i1 %isnull322, label %error320, label %ok, !prof !0

dealloc318:                                       ; preds = %xdec313
  call void @_Py_Dealloc(ptr %v311)
  br label %cont319

cont319:                                          ; preds = %dealloc318, %xdec313
  br label %cont314

error320:                                         ; preds = %cont314
  %c321 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c321

ok:                                               ; preds = %cont314
  store ptr %res, ptr %s0, align 8
  br label %i11

eval_breaker333:                                  ; preds = %i12
  %c335 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c335, label %deopt336 [
    i32 0, label %cont334
    i32 -1, label %error340
  ]

cont334:                                          ; preds = %eval_breaker333, %i12
  br label %i13

deopt336:                                         ; preds = %eval_breaker333
  %v337 = load ptr, ptr %s0, align 8
  %f338 = getelementptr i8, ptr %1, i64 80
  store ptr %v337, ptr %f338, align 8
  %c339 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c339

error340:                                         ; preds = %eval_breaker333
  %v341 = load ptr, ptr %s0, align 8
  %f342 = getelementptr i8, ptr %1, i64 80
  store ptr %v341, ptr %f342, align 8
  %c343 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c343

xdec346:                                          ; preds = %i13
  %rc348 = load i64, ptr %v344, align 4
  %rc1349 = sub i64 %rc348, 1
  store i64 %rc1349, ptr %v344, align 4
  %dead350 = icmp eq i64 %rc1349, 0
  br i1 %dead350, label %dealloc351, label %cont352

cont347:                                          ; preds = %cont352, %i13
  br label %i14

dealloc351:                                       ; preds = %xdec346
  %f353 = getelementptr i8, ptr %f2, i64 26
  %f354 = getelementptr i8, ptr %1, i64 56
  store ptr %f353, ptr %f354, align 8
  call void @_Py_Dealloc(ptr %v344)
  br label %cont352

cont352:                                          ; preds = %dealloc351, %xdec346
  br label %cont347
}

; Function Attrs: cold
declare ptr @rjit_resume_in_interpreter(ptr, ptr) #0

; Function Attrs: cold
declare i32 @rjit_recursion_check(ptr) #0

; Function Attrs: cold
declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32) #0

declare void @_Py_Dealloc(ptr)

; Function Attrs: cold
declare i32 @rjit_eval_breaker(ptr) #0

; Function Attrs: cold
declare void @rjit_unbound_local(ptr, ptr, i32) #0

declare void @rjit_leave(ptr, ptr)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Add(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
